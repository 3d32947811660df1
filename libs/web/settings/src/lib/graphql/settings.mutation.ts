import { graphql } from '@stint/web-data-access';

export const UPDATE_POLICY_MUTATION = graphql(`
  mutation UpdateEligibilityPolicy($input: UpdateEligibilityPolicyInput!) {
    updateEligibilityPolicy(input: $input) {
      ...PolicySettingsFields
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserSettingsFields
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserSettingsFields
    }
  }
`);
