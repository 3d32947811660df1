import { graphql } from '@stint/web-data-access';

/** Every field of an eligibility policy version, as the settings screens show it. */
export const POLICY_SETTINGS_FIELDS_FRAGMENT = graphql(`
  fragment PolicySettingsFields on EligibilityPolicy {
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
`);

/** A user account row as the user settings list and its forms show it. */
export const USER_SETTINGS_FIELDS_FRAGMENT = graphql(`
  fragment UserSettingsFields on User {
    id
    email
    displayName
    role
    personId
    disabled
    version
  }
`);
