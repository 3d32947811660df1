import { graphql } from '@stint/web-data-access';

/**
 * Everything the Coverage screen draws from `coverage(filter)`: the KPI totals, the per-department
 * snapshot with its series (the heatmap), and the organisation series (coverage over time).
 */
export const COVERAGE_QUERY = graphql(`
  query CoverageDashboard($filter: CoverageFilter!) {
    coverage(filter: $filter) {
      asOf
      granularity
      totals {
        headcount
        onRotation
        alumni
        eligible
        experienceShare
        awayShare
        openSeats
        pendingRequests
      }
      series {
        label
        date
        forecast
        headcount
        onRotation
        alumni
        eligible
        experienceShare
        awayShare
      }
      departments {
        departmentId
        code
        name
        coverageTarget
        awayCap
        headcount
        onRotation
        alumni
        eligible
        experienceShare
        awayShare
        series {
          label
          date
          forecast
          headcount
          experienceShare
        }
      }
    }
  }
`);
