import { graphql } from '@stint/web-data-access';

/** A page of people; pages with the same filter merge in the cache (relay-style). */
export const PEOPLE_LIST_QUERY = graphql(`
  query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          employeeNumber
          fullName
          email
          careerLevel
          leftOn
          onLeave
          department {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The list's filter choices and the policy's window: department names only. The list asks for it
 * beside its first page; the full departments (with headcounts) cost the server twice as much.
 */
export const PEOPLE_FILTER_OPTIONS_QUERY = graphql(`
  query PeopleFilterOptions {
    departments {
      id
      name
    }
    eligibilityPolicy {
      version
      minDurationMonths
    }
  }
`);

export const DEPARTMENT_OPTIONS_QUERY = graphql(`
  query DepartmentOptions {
    departments {
      ...DepartmentFields
    }
    eligibilityPolicy {
      version
      minDurationMonths
    }
  }
`);

export const PERSON_DETAIL_QUERY = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      ...PersonDetailFields
    }
    rotations(filter: { personId: $id }, first: 50) {
      totalCount
      edges {
        node {
          id
          seatId
          startsOn
          endsOn
          status
          goals
          goalsAchieved
          outcomeNote
          cancelReason
        }
      }
    }
    rotationRequests(filter: { personId: $id }, first: 20) {
      edges {
        node {
          id
          status
          submittedAt
          earliestStart
          durationMonths
          decisionNote
        }
      }
    }
  }
`);

/** Seat titles and PMO names, to name the seat of each rotation in a history. */
export const SEAT_NAMES_QUERY = graphql(`
  query SeatNames {
    pmos {
      id
      name
      seats {
        id
        title
      }
    }
  }
`);

export const PERSON_ELIGIBILITY_QUERY = graphql(`
  query PersonEligibility($personId: ID!, $startsOn: String!, $months: Int!) {
    eligibility(personId: $personId, startsOn: $startsOn, months: $months) {
      ...EligibilityFields
    }
  }
`);
