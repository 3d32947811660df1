import type { ChartColumn } from '../types';

/** The cells of one chart row: the first is the row header, numbers align right. */
export function ChartTableCells<Row>({
  row,
  columns,
}: {
  row: Row;
  columns: readonly ChartColumn<Row>[];
}) {
  return columns.map((column, index) => {
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
  });
}
