// Convenience names over the generated operation types (./generated, from apps/api/schema.gql).
// Only aliases live here: every result and variable type comes from GraphQL Code Generator.
import type { DepartmentsHeadcountQuery, MeQuery } from './generated/graphql';

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDateString = string;

/** The signed-in user as the dashboard knows them (`me`, and the user `login` returns). */
export type SessionUser = NonNullable<MeQuery['me']> & { __typename?: 'User' };

/** One department of the Staffing headcount chart. */
export type DepartmentHeadcount = DepartmentsHeadcountQuery['departments'][number] & {
  __typename?: 'Department';
};
