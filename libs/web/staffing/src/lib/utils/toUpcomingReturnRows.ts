import type { OpenSeat, UpcomingReturn } from './staffingTypes';

/** Returns in the next 90 days, soonest first, ties by name (the API already orders; keep it so). */
export function toUpcomingReturnRows(returns: readonly UpcomingReturn[]): UpcomingReturn[] {
  return [...returns].sort(
    (a, b) => a.endsOn.localeCompare(b.endsOn) || a.fullName.localeCompare(b.fullName, 'en'),
  );
}

/** Open seats, longest open first, then by PMO and title. */
export function toOpenSeatRows(seats: readonly OpenSeat[]): OpenSeat[] {
  return [...seats].sort(
    (a, b) =>
      a.opensOn.localeCompare(b.opensOn) ||
      a.pmoName.localeCompare(b.pmoName, 'en') ||
      a.title.localeCompare(b.title, 'en'),
  );
}
