import type { ChartColumn } from '../types';
import { ChartTableCells } from './ChartTableCells';
import { ChartTableHead } from './ChartTableHead';

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
        <ChartTableHead columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <ChartTableCells row={row} columns={columns} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
