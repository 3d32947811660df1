import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@stint/domain';
import { DomainError } from '../errors/domain-error';

/** `first` and `after` for every list: nothing in Stint is unbounded. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `1 to ${PAGE_SIZE_MAX}` })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Cursors are opaque to clients: base64url of the keyset values of the last row. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the typed error below
  }
  throw DomainError.badInput([
    { field: 'after', message: 'after is not a cursor this list returned' },
  ]);
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a page from `first + 1` fetched rows, so hasNextPage needs no extra query. */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyset: (row: T) => (string | number)[],
): Page<T> {
  const visible = rows.slice(0, first);
  const edges = visible.map((node) => ({ cursor: encodeCursor(keyset(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
