import { graphql } from '../generated';

/** A person's eligibility for a window: the verdict and every rule checked, with its sentence. */
export const ELIGIBILITY_FIELDS_FRAGMENT = graphql(`
  fragment EligibilityFields on Eligibility {
    eligible
    eligibleFrom
    startsOn
    policyVersion
    rules {
      code
      passed
      message
    }
  }
`);
