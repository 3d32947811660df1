import type { EntityManager } from 'typeorm';
import { types, type PoolClient } from 'pg';

// pg parses every array column with a general parser (quoting, escapes, NULLs). pmoFill's
// answer is a few thousand short arrays — at xl 1,500 rows × 4 arrays of 24 — and parsing them
// took longer than computing them (~95 ms against ~35 ms). Arrays of plain integers are JSON
// once the braces become brackets, and text arrays without quotes or escapes split on commas;
// anything else goes to pg's own parser, so the values are the same either way.

// Array OIDs, which pg's TypeId (the built-in scalar types) does not list.
type Oid = Parameters<typeof types.getTypeParser>[0];
const INT4_ARRAY = 1007 as Oid;
const TEXT_ARRAY = 1009 as Oid;
const parseIntArray = types.getTypeParser(INT4_ARRAY);
const parseTextArray = types.getTypeParser(TEXT_ARRAY);

const PLAIN_INTS = /^\{(-?\d+(,-?\d+)*)?\}$/;
// An unquoted element is never empty and has no comma, quote, backslash, brace or space; NULL
// is the one unquoted word that means something else.
const PLAIN_TEXTS = /^\{[^"\\{}\s,]+(,[^"\\{}\s,]+)*\}$/;

export function intArray(value: string): unknown {
  return PLAIN_INTS.test(value) ? JSON.parse(`[${value.slice(1, -1)}]`) : parseIntArray(value);
}

export function textArray(value: string): unknown {
  return PLAIN_TEXTS.test(value) && !/(^|[{,])NULL([,}]|$)/i.test(value)
    ? value.slice(1, -1).split(',')
    : parseTextArray(value);
}

/**
 * Runs one statement through the manager's query runner (its transaction, its logging, its
 * replica fallback), with int[] and text[] columns parsed the quick way above on that
 * connection for this one statement; the connection's parsers are put back afterwards.
 */
export async function queryWithFastArrays<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) return manager.query(text, values);
  const client = (await runner.connect()) as PoolClient;
  client.setTypeParser(INT4_ARRAY, 'text', intArray);
  client.setTypeParser(TEXT_ARRAY, 'text', textArray);
  try {
    return (await runner.query(text, values)) as T[];
  } finally {
    client.setTypeParser(INT4_ARRAY, 'text', parseIntArray);
    client.setTypeParser(TEXT_ARRAY, 'text', parseTextArray);
  }
}
