import { graphql } from '@stint/web-data-access';

export const CREATE_PMO_MUTATION = graphql(`
  mutation CreatePmo($input: CreatePmoInput!) {
    createPmo(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_PMO_MUTATION = graphql(`
  mutation UpdatePmo($input: UpdatePmoInput!) {
    updatePmo(input: $input) {
      id
      name
      scope
      departmentId
      programName
      version
    }
  }
`);

export const CREATE_SEAT_MUTATION = graphql(`
  mutation CreateSeat($input: CreateSeatInput!) {
    createSeat(input: $input) {
      id
      title
    }
  }
`);

export const UPDATE_SEAT_MUTATION = graphql(`
  mutation UpdateSeat($input: UpdateSeatInput!) {
    updateSeat(input: $input) {
      id
      title
      role
      opensOn
      closesOn
      version
    }
  }
`);
