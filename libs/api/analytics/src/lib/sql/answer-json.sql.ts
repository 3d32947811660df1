// pg parses an array column with its general array parser (quoting, escapes, NULLs), which at
// `xl` took longer than PostgreSQL took to compute the answers: coverage's 1,001 rows × four
// int[] of 24, pmoFill's 1,500 rows × two int[] and two text[]. A json column is parsed with the
// native JSON.parse instead, and array_to_json writes an int[] as the same numbers and a text[]
// as the same strings (docs/decisions.md, "Analytics arrays travel as json").

/**
 * `statement`'s rows with the columns `arrays` as json arrays (NULL stays NULL) and `columns`
 * as they are, in `orderBy` (the statement's own order, which PostgreSQL keeps without sorting
 * again). Column names are given as the statement quotes them.
 */
export function withJsonArrays(
  statement: string,
  columns: string[],
  arrays: string[],
  orderBy: string,
): string {
  const select = [
    ...columns.map((c) => `r.${c}`),
    ...arrays.map((c) => `array_to_json(r.${c}) AS ${c}`),
  ];
  return `SELECT ${select.join(', ')}
  FROM (${statement}) AS r
 ORDER BY ${orderBy}`;
}
