import { graphql } from '@stint/web-data-access';

/** One page of the audit trail, newest first. */
export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($filter: AuditEventsFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorUserId
          actorLabel
          actorDisplayName
          action
          entityType
          entityId
          before
          after
          reason
        }
      }
    }
  }
`);

/** The record types, actions and actors the trail holds: the choices of its filters. */
export const AUDIT_FILTER_OPTIONS_QUERY = graphql(`
  query AuditFilterOptions {
    auditFilterOptions {
      entityTypes
      actions
      actors {
        id
        email
        displayName
      }
    }
  }
`);

/** Names of the records snapshots refer to by id: departments, PMOs and their seats. */
export const AUDIT_REFERENCES_QUERY = graphql(`
  query AuditReferences {
    departments {
      id
      name
    }
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
