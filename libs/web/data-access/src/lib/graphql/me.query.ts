import { graphql } from './generated';

/** The signed-in user, or null when signed out. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      personId
    }
  }
`);
