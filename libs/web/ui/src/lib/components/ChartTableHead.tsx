import type { ChartColumn } from '../types';

/** The header row of a table of chart rows: one column header a column. */
export function ChartTableHead<Row>({ columns }: { columns: readonly ChartColumn<Row>[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
            {column.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}
