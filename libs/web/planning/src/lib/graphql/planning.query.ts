import { graphql } from '@stint/web-data-access';

/** A page of seats: those of PMOs the director directs (admins: every seat). */
export const PLANNING_SEATS_QUERY = graphql(`
  query PlanningSeats($directedByMe: Boolean, $first: Int!, $after: String) {
    seats(filter: { directedByMe: $directedByMe }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          role
          opensOn
          closesOn
          pmo {
            id
            name
          }
        }
      }
    }
    eligibilityPolicy {
      version
      minDurationMonths
      maxDurationMonths
    }
  }
`);

/** Rotations in some seats, latest start first. */
export const PLANNING_ROTATIONS_QUERY = graphql(`
  query PlanningRotations($seatIds: [ID!], $first: Int!, $after: String) {
    rotations(
      filter: { seatIds: $seatIds, statuses: [PLANNED, ACTIVE, COMPLETED] }
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personId
          seatId
          startsOn
          endsOn
          status
        }
      }
    }
  }
`);

/** Ranked people for a seat and window, with the parts of their score (analytics). */
export const SEAT_CANDIDATES_QUERY = graphql(`
  query SeatCandidates($seatId: ID!, $startsOn: String!, $months: Int!, $first: Int!) {
    candidates(seatId: $seatId, startsOn: $startsOn, months: $months, first: $first) {
      personId
      fullName
      departmentId
      departmentName
      careerLevel
      requestId
      score
      parts {
        code
        label
        points
      }
    }
  }
`);

/** What placing a person in a seat for a window does (analytics). */
export const ROTATION_IMPACT_QUERY = graphql(`
  query RotationImpactPreview($personId: ID!, $seatId: ID!, $startsOn: String!, $endsOn: String!) {
    rotationImpact(personId: $personId, seatId: $seatId, startsOn: $startsOn, endsOn: $endsOn) {
      personId
      seatId
      startsOn
      endsOn
      ...RotationImpactFields
    }
  }
`);

export const CANDIDATE_ELIGIBILITY_QUERY = graphql(`
  query CandidateEligibility($personId: ID!, $startsOn: String!, $months: Int!, $seatId: ID) {
    eligibility(personId: $personId, startsOn: $startsOn, months: $months, seatId: $seatId) {
      ...EligibilityFields
    }
  }
`);

/** Completed rotations with no recorded outcome, the longest waiting first. */
export const OUTCOMES_DUE_QUERY = graphql(`
  query OutcomesDue($directedByMe: Boolean, $first: Int!, $after: String) {
    rotations(
      filter: { outcomeDue: true, directedByMe: $directedByMe }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personId
          seatId
          startsOn
          endsOn
        }
      }
    }
  }
`);
