import type { ChartColumn } from '../types';
import { ChartTableCells } from './ChartTableCells';
import { ChartTableHead } from './ChartTableHead';

export interface ChartDataTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
  rowKey: (row: Row) => string;
}

/** The chart's text alternative: the same rows and columns as the CSV download. */
export function ChartDataTable<Row>({ caption, rows, columns, rowKey }: ChartDataTableProps<Row>) {
  return (
    <div className="chart-table">
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
