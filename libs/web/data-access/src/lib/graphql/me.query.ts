import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MeQuery, MeQueryVariables } from './types';

/** The signed-in user, or null when signed out. */
export const ME_QUERY: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      id
      email
      displayName
      role
      personId
    }
  }
`;
