import { graphql } from './generated';

/** Every department with the number of people employed today (Staffing: headcount chart). */
export const DEPARTMENTS_HEADCOUNT_QUERY = graphql(`
  query DepartmentsHeadcount {
    departments {
      id
      code
      name
      headcount
    }
  }
`);
