import { graphql } from '@stint/web-data-access';

/** Seat fill per PMO and bucket (days filled / days open) over the Coverage period. */
export const PMO_FILL_QUERY = graphql(`
  query CoveragePmoFill($filter: PmoFillFilter!) {
    pmoFill(filter: $filter) {
      pmoId
      name
      scope
      seatCount
      points {
        label
        date
        forecast
        daysOpen
        daysFilled
        fill
      }
    }
  }
`);
