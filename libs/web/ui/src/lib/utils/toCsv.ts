/** A value a CSV cell can hold; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

// Spreadsheet apps run a cell that starts with one of these as a formula. Department and person
// names come from HR imports, so a text cell that starts with one gets a leading apostrophe
// (OWASP's advice for CSV injection). Numbers are left alone: -3 is a number, not a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  // RFC 4180 §2.6–2.7: quote a field holding a quote, comma or line break; double its quotes.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Builds RFC 4180 CSV: a header row, then one record per row, CRLF between records and after
 * the last one. The columns decide both order and content, so a chart's table and its download
 * come from the same definition.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((c) => cell(c.header))];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
