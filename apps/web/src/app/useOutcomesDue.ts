import { useQuery } from '@apollo/client/react';
import { graphql, type SessionUser } from '@stint/web-data-access';

/**
 * How many completed rotations wait for their outcome: a director's own PMOs, an admin's all
 * (as Planning lists them). Only the count; Planning loads the list.
 */
export const OUTCOMES_DUE_COUNT_QUERY = graphql(`
  query OutcomesDueCount($directedByMe: Boolean) {
    rotations(filter: { outcomeDue: true, directedByMe: $directedByMe }, first: 1) {
      totalCount
    }
  }
`);

export function useOutcomesDueCount(user: SessionUser | null): number {
  const plans = user?.role === 'DIRECTOR' || user?.role === 'ADMIN';
  const { data } = useQuery(OUTCOMES_DUE_COUNT_QUERY, {
    variables: { directedByMe: user?.role === 'DIRECTOR' },
    skip: !plans,
  });
  return data?.rotations.totalCount ?? 0;
}
