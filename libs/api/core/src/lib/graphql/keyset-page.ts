import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toPage, type Page } from './pagination';

export interface KeysetColumn {
  /** The SQL the list is ordered by, e.g. `p.full_name` or `lower(u.email)`. */
  expression: string;
  /** The cursor value's type in SQL, e.g. `text`, `uuid`, `date`, `timestamptz`. */
  cast: string;
}

export interface Keyset<T> {
  columns: readonly KeysetColumn[];
  direction: 'ASC' | 'DESC';
  /** The row's values for `columns`, in order: they become the next page's cursor. */
  valuesOf: (row: T) => (string | number)[];
}

/**
 * One page of a filtered list, keyset-paginated: `first + 1` rows after the cursor (so
 * hasNextPage needs no extra query) and the filtered total, in two statements at any size.
 * `filtered` must build a fresh query each call (it is used for the page and for the count).
 */
export async function keysetPage<T extends ObjectLiteral>(
  filtered: () => SelectQueryBuilder<T>,
  keyset: Keyset<T>,
  first: number,
  after?: string | null,
): Promise<Page<T>> {
  const query = filtered();
  keyset.columns.forEach((column, i) =>
    i === 0
      ? query.orderBy(column.expression, keyset.direction)
      : query.addOrderBy(column.expression, keyset.direction),
  );
  query.limit(first + 1);
  if (after) {
    const values = decodeCursor(after, keyset.columns.length);
    const left = keyset.columns.map((column) => column.expression).join(', ');
    const right = keyset.columns.map((column, i) => `:keyset${i}::${column.cast}`).join(', ');
    query.andWhere(
      `(${left}) ${keyset.direction === 'ASC' ? '>' : '<'} (${right})`,
      Object.fromEntries(values.map((value, i) => [`keyset${i}`, value])),
    );
  }
  const [rows, totalCount] = await Promise.all([query.getMany(), filtered().getCount()]);
  return toPage(rows, first, totalCount, keyset.valuesOf);
}
