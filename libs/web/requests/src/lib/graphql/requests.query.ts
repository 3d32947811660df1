import { graphql } from '@stint/web-data-access';

/** One page of the inbox. */
export const REQUEST_INBOX_QUERY = graphql(`
  query RequestInbox($filter: RotationRequestsFilter, $first: Int!, $after: String) {
    rotationRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          personId
          goals
          earliestStart
          durationMonths
          preferredScope
          preferredPmoId
          submittedAt
          decidedAt
        }
      }
    }
  }
`);

/**
 * The choices of the inbox filters: names only. The inbox asks for it beside its first page, so
 * it stays small (the approve form's PMOs with directors and goals are over twice the size).
 */
export const INBOX_FILTER_OPTIONS_QUERY = graphql(`
  query InboxFilterOptions {
    departments {
      id
      name
    }
    pmos {
      id
      name
    }
  }
`);

/** The choices of the inbox filters, and the PMOs (with their directors) the approve form offers. */
export const REQUEST_FILTER_OPTIONS_QUERY = graphql(`
  query RequestFilterOptions {
    departments {
      id
      name
    }
    pmos {
      id
      name
      scope
      goalsOffered
      directors {
        id
      }
    }
  }
`);

/** One request with its requester. */
export const REQUEST_DETAIL_QUERY = graphql(`
  query RequestDetail($id: ID!) {
    rotationRequest(id: $id) {
      id
      status
      personId
      goals
      earliestStart
      durationMonths
      preferredScope
      preferredPmoId
      motivation
      submittedAt
      decidedAt
      decisionNote
      rotationId
      version
    }
  }
`);

/** Whose request it is, as the inbox's row left it in the cache. */
export const REQUEST_PERSON_FRAGMENT = graphql(`
  fragment RequestPerson on RotationRequest {
    personId
  }
`);

export const REQUESTER_QUERY = graphql(`
  query Requester($personId: ID!) {
    person(id: $personId) {
      id
      fullName
      email
      careerLevel
      pmSince
      department {
        id
        name
      }
    }
    eligibilityPolicy {
      version
      minDurationMonths
      maxDurationMonths
      managerSeatMinLevel
    }
  }
`);

/** Planned and current rotations in some seats, to show which seats are free for a window. */
export const APPROVE_SEAT_ROTATIONS_QUERY = graphql(`
  query ApproveSeatRotations($seatIds: [ID!], $first: Int!) {
    rotations(filter: { seatIds: $seatIds, statuses: [PLANNED, ACTIVE] }, first: $first) {
      edges {
        node {
          id
          seatId
          startsOn
          endsOn
        }
      }
    }
  }
`);

/** Seats of one PMO, for the approve form. */
export const PMO_SEATS_QUERY = graphql(`
  query PmoSeats($pmoIds: [ID!], $first: Int!) {
    seats(filter: { pmoIds: $pmoIds }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          role
          opensOn
          closesOn
        }
      }
    }
  }
`);

/** The requester's eligibility for the window (and seat) being considered. */
export const REQUEST_ELIGIBILITY_QUERY = graphql(`
  query RequestEligibility($personId: ID!, $startsOn: String!, $months: Int!, $seatId: ID) {
    eligibility(personId: $personId, startsOn: $startsOn, months: $months, seatId: $seatId) {
      ...EligibilityFields
      endsOn
      months
    }
  }
`);

/** What approving the request into a seat for a window would do (analytics). */
export const REQUEST_IMPACT_QUERY = graphql(`
  query RequestImpact($personId: ID!, $seatId: ID!, $startsOn: String!, $endsOn: String!) {
    rotationImpact(personId: $personId, seatId: $seatId, startsOn: $startsOn, endsOn: $endsOn) {
      ...RotationImpactFields
    }
  }
`);
