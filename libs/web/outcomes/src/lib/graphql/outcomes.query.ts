import { graphql } from '@stint/web-data-access';

/** Outcomes of rotations completed in a period; suppressed figures arrive as null + a flag. */
export const OUTCOMES_QUERY = graphql(`
  query Outcomes($filter: OutcomesFilter!) {
    outcomes(filter: $filter) {
      from
      to
      asOf
      rotations
      goals {
        goal
        aimed
        achieved {
          value
          count
          total
          suppressed
        }
      }
      alumni {
        group
        suppressed
        people
        observations
        promotedWithin12 {
          value
          count
          total
          suppressed
        }
        promotedWithin24 {
          value
          count
          total
          suppressed
        }
        monthsToPromotion {
          months
          count
          suppressed
        }
        retained12 {
          value
          count
          total
          suppressed
        }
        inDelivery3 {
          value
          count
          total
          suppressed
        }
      }
      comparison {
        group
        suppressed
        people
        observations
        promotedWithin12 {
          value
          count
          total
          suppressed
        }
        promotedWithin24 {
          value
          count
          total
          suppressed
        }
        monthsToPromotion {
          months
          count
          suppressed
        }
        retained12 {
          value
          count
          total
          suppressed
        }
        inDelivery3 {
          value
          count
          total
          suppressed
        }
      }
      curve {
        months
        alumni {
          value
          count
          total
          suppressed
        }
        comparison {
          value
          count
          total
          suppressed
        }
      }
    }
  }
`);

/** The departments to filter by (not asked for PMs). */
export const OUTCOMES_DEPARTMENTS_QUERY = graphql(`
  query OutcomesDepartments {
    departments {
      id
      name
    }
  }
`);
