import { downloadTextFile } from '../browser/downloadTextFile';
import { toCsv, type CsvColumn } from '../utils/toCsv';

export interface DownloadCsvButtonProps<Row> {
  rows: readonly Row[];
  columns: readonly CsvColumn<Row>[];
  /** Without extension, e.g. "headcount-by-department". */
  fileName: string;
  /** Names the data for screen readers when several download buttons share a page. */
  label: string;
  /** Replaced in tests; saves a file in the browser otherwise. */
  onDownload?: (fileName: string, csv: string) => void;
}

const saveCsv = (fileName: string, csv: string) => downloadTextFile(fileName, csv, 'text/csv');

/** Saves exactly the rows the chart shows, as RFC 4180 CSV. */
export function DownloadCsvButton<Row>({
  rows,
  columns,
  fileName,
  label,
  onDownload = saveCsv,
}: DownloadCsvButtonProps<Row>) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-label={`Download CSV: ${label}`}
      onClick={() => onDownload(`${fileName}.csv`, toCsv(rows, columns))}
    >
      Download CSV
    </button>
  );
}
