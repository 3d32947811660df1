import { Injectable } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse/sync';
import { CsvSyntaxError, type CsvReader, type CsvRecord } from './csv-reader';

const NEWLINES = /\r\n|\n|\r/g;
const LEADING_NEWLINES = /^(?:\r\n|\n|\r)+/;
const TRAILING_NEWLINE = /(?:\r\n|\n|\r)$/;

/** What HR reads instead of the parser's own wording, by csv-parse error code. */
const PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote must be followed by a comma or the end of the line',
  INVALID_OPENING_QUOTE:
    'a quote inside an unquoted field (quote the whole field and double the quote)',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a closing quote must be followed by a comma or the end of the line',
};

/**
 * RFC 4180 parsing by csv-parse: CRLF, LF or CR line ends (even mixed, as exports edited in
 * different tools are), quoted fields with commas, doubled quotes and newlines, a leading BOM.
 * Each record carries the file line it starts on, so errors point where HR will look.
 */
@Injectable()
export class CsvParseReader implements CsvReader {
  read(text: string): CsvRecord[] {
    try {
      const records = parse(text, {
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        record_delimiter: ['\r\n', '\n', '\r'],
        info: true,
        raw: true,
        // With info and raw, csv-parse returns { record, info, raw } objects; its types say string[][].
      }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
      // info.lines is the line a record ends on; the raw text (after any skipped empty lines)
      // tells how many lines it spans.
      return records.map(({ record, info, raw }) => ({
        line:
          info.lines -
          (raw.replace(LEADING_NEWLINES, '').replace(TRAILING_NEWLINE, '').match(NEWLINES)
            ?.length ?? 0),
        fields: record,
      }));
    } catch (error) {
      if (error instanceof CsvError) {
        const line = (error as CsvError & { lines?: number }).lines ?? 0;
        throw new CsvSyntaxError(line, `line ${line}: ${PROBLEMS[error.code] ?? error.message}`);
      }
      throw error;
    }
  }
}
