import { graphql } from '@stint/web-data-access';

/** One rotation with its seat, PMO and request (the rotation page). */
export const ROTATION_DETAIL_QUERY = graphql(`
  query RotationDetail($id: ID!) {
    rotation(id: $id) {
      id
      personId
      seatId
      requestId
      startsOn
      endsOn
      status
      goals
      goalsAchieved
      outcomeNote
      cancelledAt
      cancelReason
      awayCapOverrideReason
      version
    }
  }
`);

export const ROTATION_CONTEXT_QUERY = graphql(`
  query RotationContext($personId: ID!, $seatId: ID!) {
    person(id: $personId) {
      id
      fullName
      careerLevel
      department {
        id
        name
      }
    }
    seat(id: $seatId) {
      id
      title
      role
      opensOn
      closesOn
      pmo {
        id
        name
        scope
        goalsOffered
        directors {
          id
        }
      }
    }
  }
`);

export const ROTATION_REQUEST_SUMMARY_QUERY = graphql(`
  query RotationRequestSummary($id: ID!) {
    rotationRequest(id: $id) {
      id
      status
      submittedAt
      earliestStart
      durationMonths
      motivation
    }
  }
`);

/** The PMO's seat-days per month, to show what freeing part of a seat does to its fill. */
export const PMO_FILL_WINDOW_QUERY = graphql(`
  query PmoFillWindow($pmoId: ID!, $from: String!, $to: String!) {
    pmoFill(filter: { pmoIds: [$pmoId], from: $from, to: $to, granularity: MONTH }) {
      pmoId
      points {
        label
        date
        daysFilled
        daysOpen
      }
    }
  }
`);
