// PostgreSQL COPY text format (https://www.postgresql.org/docs/current/sql-copy.html):
// tab-separated columns, newline-terminated rows, \N for NULL, backslash escapes.

/** Escapes the characters COPY's text format gives meaning to. */
export function escapeCopyText(value: string): string {
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/** A text[] literal, every element quoted so commas, braces and spaces survive. */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export type CopyValue = string | number | boolean | null | readonly string[];

export function encodeCopyValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot COPY the number ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return escapeCopyText(value);
  return escapeCopyText(arrayLiteral(value));
}

export function encodeCopyRow(values: readonly CopyValue[]): string {
  return `${values.map(encodeCopyValue).join('\t')}\n`;
}
