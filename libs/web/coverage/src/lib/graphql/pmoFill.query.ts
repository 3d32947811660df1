import { graphql } from '@stint/web-data-access';

/**
 * Seat fill per PMO and bucket (days filled / days open) over the Coverage period: only what the
 * panel sums (at `large`, 300 PMOs × 24 months; labels, dates and each bucket's own fill made the
 * answer 1.5 MB instead of ~0.6).
 */
export const PMO_FILL_QUERY = graphql(`
  query CoveragePmoFill($filter: PmoFillFilter!) {
    pmoFill(filter: $filter) {
      pmoId
      name
      scope
      seatCount
      points {
        forecast
        daysOpen
        daysFilled
      }
    }
  }
`);
