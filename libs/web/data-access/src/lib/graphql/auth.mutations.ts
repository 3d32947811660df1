import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
} from './types';

/**
 * Signs in. The server sets the httpOnly `stint_session` cookie; the bearer token it also
 * returns is for API clients and deliberately not selected here.
 */
export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
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
`;

/** Ends the session and clears its cookie. */
export const LOGOUT_MUTATION: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout {
    logout
  }
`;
