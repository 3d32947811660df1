import { graphql } from '@stint/web-data-access';

export const UPDATE_POLICY_MUTATION = graphql(`
  mutation UpdateEligibilityPolicy($input: UpdateEligibilityPolicyInput!) {
    updateEligibilityPolicy(input: $input) {
      version
      eligibleLevels
      minExperienceMonths
      cooldownMonths
      maxRotations
      minDurationMonths
      maxDurationMonths
      managerSeatMinLevel
      note
      createdAt
      createdBy
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
      personId
      disabled
      version
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      email
      displayName
      role
      personId
      disabled
      version
    }
  }
`);
