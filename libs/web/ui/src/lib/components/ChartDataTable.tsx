import type { ChartColumn } from '../types';

export interface ChartDataTableProps<Row> {
  id: string;
  caption: string;
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
  rowKey: (row: Row) => string;
  /** Hidden from the eye but still read by screen readers. */
  visuallyHidden: boolean;
}

/** The chart's text alternative: the same rows and columns as the CSV download. */
export function ChartDataTable<Row>({
  id,
  caption,
  rows,
  columns,
  rowKey,
  visuallyHidden,
}: ChartDataTableProps<Row>) {
  return (
    <div id={id} className={visuallyHidden ? 'visually-hidden' : 'chart-table'}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => {
                const text = column.format ? column.format(row) : String(column.value(row) ?? '');
                const className = column.numeric ? 'numeric' : undefined;
                return index === 0 ? (
                  <th key={column.header} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.header} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
