import { graphql } from '@stint/web-data-access';

/** How rotation requests in the period moved: submitted → approved → placed → completed. */
export const REQUEST_FUNNEL_QUERY = graphql(`
  query CoverageRequestFunnel($from: String, $to: String, $departmentIds: [ID!]) {
    requestFunnel(from: $from, to: $to, departmentIds: $departmentIds) {
      submitted
      approved
      declined
      withdrawn
      placed
      completed
    }
  }
`);
