import type { IsoDate } from '../dates';
import { addDays, addMonths, rangesOverlap, windowEnd } from '../dates';
import { leaveDuring, onOpenEndedLeave } from '../person-history';
import { cooldownAnchor, cooldownReadyOn, countedRotations, openRotations } from './history';
import type { EligibilityInput } from './types';

function latest(days: readonly IsoDate[]): IsoDate {
  return days.reduce((a, b) => (b > a ? b : a));
}

/**
 * The earliest start for a window of the same length that passes every time-based rule
 * (EXPERIENCE, COOLDOWN, NO_OVERLAP) while the person is employed for all of it, or null
 * when no such day exists. Rules that waiting cannot fix are the caller's concern.
 *
 * Each rule gives a lower bound; pushing past one can bring another into play (moving past a
 * current rotation starts a cooldown from its end), so the bounds are applied until none moves
 * the day. Every push passes a rotation's end, a stretch of leave, or a cooldown that then stays
 * satisfied, so this takes at most about two steps per rotation and one per stretch of leave.
 *
 * Not before today: a PM is told when they can go, not when they could have. A window that
 * itself starts earlier (a past window being re-checked) may be answered from its own start, so
 * that a window passing every rule always has eligibleFrom <= its start.
 */
export function earliestEligibleStart(input: EligibilityInput): IsoDate | null {
  const { person, policy, today, window } = input;
  // Nobody knows when someone on leave with no return date comes back, so no date can be
  // promised; a stretch of leave with an end only pushes the window past it.
  if (onOpenEndedLeave(person)) return null;

  const counted = countedRotations(input);
  const open = openRotations(counted, today);
  let day = latest([
    window.startsOn < today ? window.startsOn : today,
    person.hiredOn,
    addMonths(person.pmSince, policy.minExperienceMonths),
  ]);
  for (;;) {
    const anchor = cooldownAnchor(counted, today, day);
    if (anchor !== null) {
      const readyOn = cooldownReadyOn(anchor, policy.cooldownMonths);
      if (readyOn > day) {
        day = readyOn;
        continue;
      }
    }
    const candidate = { startsOn: day, endsOn: windowEnd(day, window.months) };
    const blocker = open.find((r) => rangesOverlap(r, candidate));
    if (blocker) {
      day = addDays(blocker.endsOn, 1);
      continue;
    }
    const leave = leaveDuring(person, candidate.startsOn, candidate.endsOn)[0];
    if (!leave?.to) break;
    day = leave.to;
  }

  // Later windows end later still, so if this one outlasts the person's employment, all do.
  if (person.leftOn !== null && windowEnd(day, window.months) >= person.leftOn) return null;
  return day;
}
