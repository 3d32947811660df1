export interface HolderRotation {
  id: string;
  personId: string;
  seatId: string;
  startsOn: string;
  endsOn: string;
}

export interface SeatHolding<R extends HolderRotation = HolderRotation> {
  /** The rotation holding the seat on `today`, if any. */
  current: R | undefined;
  /** The next rotation to start after `today`, if any. */
  next: R | undefined;
}

/** Who holds each seat today and who comes next, from the PMO's non-cancelled rotations. */
export function seatHoldings<R extends HolderRotation>(
  rotations: readonly R[],
  today: string,
): Map<string, SeatHolding<R>> {
  const bySeat = new Map<string, SeatHolding<R>>();
  for (const rotation of rotations) {
    const holding = bySeat.get(rotation.seatId) ?? { current: undefined, next: undefined };
    if (rotation.startsOn <= today && rotation.endsOn >= today) holding.current = rotation;
    else if (
      rotation.startsOn > today &&
      (!holding.next || rotation.startsOn < holding.next.startsOn)
    )
      holding.next = rotation;
    bySeat.set(rotation.seatId, holding);
  }
  return bySeat;
}
