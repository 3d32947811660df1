import { graphql } from './generated';

/**
 * Signs in. The server sets the httpOnly `stint_session` cookie; the bearer token it also
 * returns is for API clients and deliberately not selected here, so it never sits in the cache
 * or in JS memory.
 */
export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        email
        displayName
        role
        personId
      }
    }
  }
`);

/** Ends the session and clears its cookie. */
export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
