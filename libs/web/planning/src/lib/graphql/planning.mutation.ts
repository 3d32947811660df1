import { graphql } from '@stint/web-data-access';

export const ASSIGN_ROTATION_MUTATION = graphql(`
  mutation AssignRotation($input: AssignRotationInput!) {
    assignRotation(input: $input) {
      id
      personId
      seatId
      startsOn
      endsOn
      status
    }
  }
`);
