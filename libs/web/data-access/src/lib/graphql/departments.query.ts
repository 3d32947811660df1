import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DepartmentsHeadcountQuery, DepartmentsHeadcountQueryVariables } from './types';

/** Every department with the number of people employed today (Staffing: headcount chart). */
export const DEPARTMENTS_HEADCOUNT_QUERY: TypedDocumentNode<
  DepartmentsHeadcountQuery,
  DepartmentsHeadcountQueryVariables
> = gql`
  query DepartmentsHeadcount {
    departments {
      id
      code
      name
      headcount
    }
  }
`;
