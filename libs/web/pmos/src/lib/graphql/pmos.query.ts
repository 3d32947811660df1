import { graphql } from '@stint/web-data-access';

/** Every PMO with what the list shows; a director's own are marked from `directors`. */
export const PMO_LIST_QUERY = graphql(`
  query PmoList {
    pmos {
      id
      name
      scope
      programName
      departmentName
      openSeatCount
      directors {
        id
        displayName
      }
      seats {
        id
      }
    }
  }
`);

export const PMO_DETAIL_QUERY = graphql(`
  query PmoDetail($id: ID!) {
    pmo(id: $id) {
      id
      name
      scope
      departmentId
      departmentCode
      departmentName
      programName
      version
      goalsOffered
      directors {
        id
        displayName
        email
      }
      seats {
        id
        title
        role
        opensOn
        closesOn
        version
      }
    }
  }
`);

/** Rotations in the PMO's seats that are not cancelled, latest start first. */
export const PMO_ROTATIONS_QUERY = graphql(`
  query PmoRotations($pmoId: ID!, $first: Int!) {
    rotations(filter: { pmoIds: [$pmoId], statuses: [PLANNED, ACTIVE, COMPLETED] }, first: $first) {
      totalCount
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

/** The departments a PMO may be owned or run by. */
export const PMO_FORM_OPTIONS_QUERY = graphql(`
  query PmoFormOptions {
    departments {
      id
      code
      name
    }
  }
`);

/** Director accounts an admin may name (users is admin-only). */
export const DIRECTOR_ACCOUNTS_QUERY = graphql(`
  query DirectorAccounts {
    users(filter: { role: DIRECTOR }, first: 100) {
      edges {
        node {
          id
          displayName
          email
          disabled
        }
      }
    }
  }
`);
