import { graphql } from '@stint/web-data-access';

/** Everything My rotation shows about the signed-in PM: record and career path, policy, PMOs, requests, rotations. */
export const MY_ROTATION_QUERY = graphql(`
  query MyRotation($personId: ID!) {
    person(id: $personId) {
      id
      fullName
      careerLevel
      pmSince
      hiredOn
      leftOn
      department {
        id
        name
      }
      history {
        validFrom
        validTo
        careerLevel
        onLeave
        department {
          id
          name
        }
      }
    }
    eligibilityPolicy {
      version
      minDurationMonths
      maxDurationMonths
    }
    pmos {
      id
      name
      scope
      seats {
        id
        title
      }
    }
    rotationRequests(filter: { personId: $personId }, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          goals
          preferredScope
          preferredPmoId
          earliestStart
          durationMonths
          motivation
          submittedAt
          decidedAt
          decisionNote
          rotationId
          version
        }
      }
    }
    rotations(filter: { personId: $personId }, first: 20) {
      edges {
        node {
          id
          startsOn
          endsOn
          status
          seatId
        }
      }
    }
  }
`);

/** The PM's eligibility for the window the form describes. */
export const MY_ELIGIBILITY_QUERY = graphql(`
  query MyEligibility($personId: ID!, $startsOn: String!, $months: Int!) {
    eligibility(personId: $personId, startsOn: $startsOn, months: $months) {
      ...EligibilityFields
      endsOn
      months
    }
  }
`);
