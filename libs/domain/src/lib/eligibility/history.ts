// How a person's own rotations bear on a new window. Shared by the rules and by eligibleFrom so
// the two can never disagree about which rotations count.
import type { IsoDate } from '../dates';
import { addDays, addMonths } from '../dates';
import type { EligibilityInput, EligibilityRotation } from './types';

/** Rotations that count: not cancelled, and not the one being re-evaluated. */
export function countedRotations(
  input: Pick<EligibilityInput, 'rotations' | 'excludeRotationId'>,
): EligibilityRotation[] {
  return input.rotations.filter((r) => !r.cancelled && r.id !== input.excludeRotationId);
}

/** Counted rotations that are planned or running today: a new window must not overlap them. */
export function openRotations(
  counted: readonly EligibilityRotation[],
  today: IsoDate,
): EligibilityRotation[] {
  return counted.filter((r) => r.endsOn >= today);
}

/**
 * The rotation the cooldown runs from for a window starting on `startsOn`: the latest-ending
 * counted rotation that has ended by today, or that ends before the window starts. The second
 * half matters: a planned or current rotation ending before the window will be completed by
 * then, and ignoring it would allow back-to-back rotations, which is what the cooldown forbids.
 */
export function cooldownAnchor(
  counted: readonly EligibilityRotation[],
  today: IsoDate,
  startsOn: IsoDate,
): EligibilityRotation | null {
  let anchor: EligibilityRotation | null = null;
  for (const r of counted) {
    if ((r.endsOn < today || r.endsOn < startsOn) && (anchor === null || r.endsOn > anchor.endsOn))
      anchor = r;
  }
  return anchor;
}

/**
 * The first day a window may start after `anchor`: `cooldownMonths` whole months after its last
 * day, and never on or before that day (which only matters when the policy's cooldown is 0).
 */
export function cooldownReadyOn(anchor: EligibilityRotation, cooldownMonths: number): IsoDate {
  const afterCooldown = addMonths(anchor.endsOn, cooldownMonths);
  const dayAfter = addDays(anchor.endsOn, 1);
  return afterCooldown > dayAfter ? afterCooldown : dayAfter;
}
