import { graphql } from '../generated';

/** What placing a person in a seat for a window does: shares before and after, failing rules. */
export const ROTATION_IMPACT_FIELDS_FRAGMENT = graphql(`
  fragment RotationImpactFields on RotationImpact {
    departmentId
    departmentName
    awayCap
    coverageTarget
    worstAwayShareBefore
    worstAwayShareAfter
    experienceShareBefore
    experienceShareAfter
    seatFillBefore
    seatFillAfter
    eligible
    failingRules {
      code
      passed
      message
    }
  }
`);
