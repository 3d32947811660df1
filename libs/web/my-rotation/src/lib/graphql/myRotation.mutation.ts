import { graphql } from '@stint/web-data-access';

export const SUBMIT_ROTATION_REQUEST_MUTATION = graphql(`
  mutation SubmitRotationRequest($input: SubmitRotationRequestInput!) {
    submitRotationRequest(input: $input) {
      id
      status
    }
  }
`);

export const WITHDRAW_ROTATION_REQUEST_MUTATION = graphql(`
  mutation WithdrawRotationRequest($id: ID!) {
    withdrawRotationRequest(id: $id) {
      id
      status
      version
    }
  }
`);
