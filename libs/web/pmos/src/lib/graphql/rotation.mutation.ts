import { graphql } from '@stint/web-data-access';

export const END_ROTATION_EARLY_MUTATION = graphql(`
  mutation EndRotationEarly($id: ID!, $endsOn: String!) {
    endRotationEarly(id: $id, endsOn: $endsOn) {
      id
      endsOn
      status
      version
    }
  }
`);

export const CANCEL_ROTATION_MUTATION = graphql(`
  mutation CancelRotation($id: ID!, $reason: String!) {
    cancelRotation(id: $id, reason: $reason) {
      id
      status
      cancelledAt
      cancelReason
      version
    }
  }
`);

export const RECORD_ROTATION_OUTCOME_MUTATION = graphql(`
  mutation RecordRotationOutcome($id: ID!, $goalsAchieved: [DevelopmentGoal!]!, $note: String!) {
    recordRotationOutcome(id: $id, goalsAchieved: $goalsAchieved, note: $note) {
      id
      goalsAchieved
      outcomeNote
      version
    }
  }
`);
