import { graphql } from '@stint/web-data-access';

export const APPROVE_ROTATION_REQUEST_MUTATION = graphql(`
  mutation ApproveRotationRequest($id: ID!, $input: ApproveRotationRequestInput!) {
    approveRotationRequest(id: $id, input: $input) {
      rotationId
      request {
        id
        status
        rotationId
        decidedAt
        version
      }
    }
  }
`);

export const DECLINE_ROTATION_REQUEST_MUTATION = graphql(`
  mutation DeclineRotationRequest($id: ID!, $note: String!) {
    declineRotationRequest(id: $id, note: $note) {
      id
      status
      decidedAt
      decisionNote
      version
    }
  }
`);
