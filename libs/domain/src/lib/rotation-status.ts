import type { IsoDate } from './dates';
import type { RotationStatus } from './enums';

/**
 * A rotation's status follows its dates (SPEC §2): only cancellation is stored; the rest is
 * read off the calendar, so a rotation never shows PLANNED after it has started.
 */
export function rotationStatusOn(
  rotation: { startsOn: IsoDate; endsOn: IsoDate; cancelled: boolean },
  today: IsoDate,
): RotationStatus {
  if (rotation.cancelled) return 'CANCELLED';
  if (today < rotation.startsOn) return 'PLANNED';
  if (today > rotation.endsOn) return 'COMPLETED';
  return 'ACTIVE';
}
