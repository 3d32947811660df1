import { graphql } from '@stint/web-data-access';

/** Headcount by department × level, participation, upcoming returns and open seats on a day. */
export const STAFFING_QUERY = graphql(`
  query StaffingOverview($asOf: String) {
    staffing(asOf: $asOf) {
      asOf
      headcount {
        departmentId
        code
        name
        careerLevel
        headcount
      }
      participation {
        careerLevel
        headcount
        onRotation
        alumni
        participation
      }
      upcomingReturns {
        rotationId
        personId
        fullName
        departmentName
        pmoName
        seatTitle
        endsOn
      }
      openSeats {
        seatId
        pmoId
        pmoName
        title
        role
        opensOn
        closesOn
      }
    }
  }
`);
