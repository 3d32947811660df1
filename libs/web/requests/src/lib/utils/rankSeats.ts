import type { IsoDate } from '@stint/domain';

export interface SeatOption {
  id: string;
  title: string;
  role: 'PMO_ANALYST' | 'PMO_MANAGER';
  opensOn: IsoDate;
  closesOn: IsoDate | null;
}

export interface RankedSeat<S extends SeatOption> {
  seat: S;
  /** Why the seat does not suit this window, in a few words; empty when it does. */
  note: string;
}

/**
 * The seats of a PMO for the approve form, those the person can take in the window first:
 * open for the whole window, held by no one then, and (for a PMO manager seat) at their level.
 */
export function rankSeats<S extends SeatOption>(
  seats: readonly S[],
  rotations: ReadonlyArray<{ seatId: string; startsOn: IsoDate; endsOn: IsoDate }>,
  window: { startsOn: IsoDate; endsOn: IsoDate } | null,
  mayHoldManagerSeat: boolean,
): Array<RankedSeat<S>> {
  const ranked = seats.map((seat) => {
    let note = '';
    if (window) {
      if (
        seat.opensOn > window.startsOn ||
        (seat.closesOn !== null && seat.closesOn < window.endsOn)
      ) {
        note = 'not open for the whole window';
      } else if (
        rotations.some(
          (r) => r.seatId === seat.id && r.startsOn <= window.endsOn && window.startsOn <= r.endsOn,
        )
      ) {
        note = 'taken during this window';
      }
    }
    if (!note && seat.role === 'PMO_MANAGER' && !mayHoldManagerSeat)
      note = 'needs a more senior level';
    return { seat, note };
  });
  return [...ranked.filter((r) => !r.note), ...ranked.filter((r) => r.note)];
}
