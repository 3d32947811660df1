import { graphql } from '@stint/web-data-access';

/** Request, approval and placement rates per department and level; small groups suppressed. */
export const FAIRNESS_QUERY = graphql(`
  query StaffingFairness($from: String!, $to: String!) {
    fairness(from: $from, to: $to) {
      from
      to
      groups {
        dimension
        key
        label
        suppressed
        people
        requestRate
        approvalSuppressed
        decided
        approvalRate
        placementRate
        medianDaysToDecision
        impactRatio
        belowFourFifths
      }
    }
  }
`);
