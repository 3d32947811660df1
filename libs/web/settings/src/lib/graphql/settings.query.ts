import { graphql } from '@stint/web-data-access';

export const POLICY_SETTINGS_QUERY = graphql(`
  query PolicySettings {
    eligibilityPolicy {
      ...PolicySettingsFields
    }
  }
`);

export const POLICY_VERSIONS_QUERY = graphql(`
  query PolicyVersions($first: Int!, $after: String) {
    eligibilityPolicyVersions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PolicySettingsFields
        }
      }
    }
  }
`);

export const USERS_QUERY = graphql(`
  query UserList($filter: UsersFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserSettingsFields
        }
      }
    }
  }
`);

export const PERSON_PICKER_QUERY = graphql(`
  query PersonPicker($search: String!) {
    people(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          fullName
          email
          employeeNumber
        }
      }
    }
  }
`);
