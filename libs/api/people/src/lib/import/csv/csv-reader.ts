/** One CSV record and the 1-based file line it starts on (a quoted newline makes a record span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text (RFC 4180: comma-separated, double-quoted fields with "" escapes and embedded
 * commas or newlines, CRLF or LF) into records; skips empty lines and a leading byte-order mark;
 * throws CsvSyntaxError for text that is not CSV. The import depends on this interface only,
 * so the parser behind it can be swapped in one provider (see CSV_READER in people.module.ts).
 */
export interface CsvReader {
  read(text: string): CsvRecord[];
}

export const CSV_READER = Symbol('CSV_READER');

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}
