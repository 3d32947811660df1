// One function per SPEC §3 rule. Each returns its verdict with a sentence for both outcomes,
// because a PM reading the checklist needs to know why a rule passed as much as why it failed.
import type { IsoDate } from '../dates';
import { addDays, addMonths, monthsBetween, rangesOverlap } from '../dates';
import type { SeatRole } from '../enums';
import { levelRank } from '../enums';
import { careerLevelOn, leaveDuring } from '../person-history';
import { rotationStatusOn } from '../rotation-status';
import { cooldownAnchor, cooldownReadyOn, countedRotations, openRotations } from './history';
import { CAREER_LEVEL_LABELS, SEAT_ROLE_LABELS, formatDay } from './labels';
import { count, listAnd } from './text';
import type { EligibilityInput, EligibilityResult, EligibilityRotation, RuleResult } from './types';

export type EvaluationWindow = EligibilityResult['window'];

/** Employed for the whole window [startsOn, endsOn] and on leave on none of its days. */
export function employedRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const { person, today } = input;
  const reasons: string[] = [];
  if (person.leftOn !== null && person.leftOn <= window.endsOn) {
    // leftOn is the first day gone; people think in last working days.
    const lastDay = formatDay(addDays(person.leftOn, -1));
    if (person.leftOn <= today) {
      reasons.push(`Has left the organisation; the last day was ${lastDay}.`);
    } else {
      const when =
        person.leftOn <= window.startsOn
          ? `before the window starts on ${formatDay(window.startsOn)}`
          : `before the window ends on ${formatDay(window.endsOn)}`;
      reasons.push(`The last day at the organisation is ${lastDay}, ${when}.`);
    }
  }
  if (person.hiredOn > window.startsOn) {
    reasons.push(
      `Joins on ${formatDay(person.hiredOn)}, after the window starts on ${formatDay(window.startsOn)}.`,
    );
  }
  // Leave counts wherever it overlaps the window: a past stretch of leave that has ended does
  // not, and one already recorded for a later date does.
  const leave = leaveDuring(person, window.startsOn, window.endsOn)[0];
  if (leave) {
    if (leave.to === null && (leave.from === null || leave.from <= today)) {
      reasons.push('Is on leave; a rotation can be planned once they are back.');
    } else if (leave.to === null) {
      reasons.push(`Goes on leave on ${formatDay(leave.from ?? today)}, within the window.`);
    } else {
      const from = leave.from !== null && leave.from > today ? 'Will be' : 'Is';
      reasons.push(
        `${from} on leave until ${formatDay(addDays(leave.to, -1))}, within the window; a rotation can start once they are back.`,
      );
    }
  }
  const detail = { hiredOn: person.hiredOn, leftOn: person.leftOn, onLeave: leave !== undefined };
  if (reasons.length > 0)
    return { code: 'EMPLOYED', passed: false, message: reasons.join(' '), detail };
  return {
    code: 'EMPLOYED',
    passed: true,
    message: `Employed for the whole window, ${formatDay(window.startsOn)} to ${formatDay(window.endsOn)}, and not on leave.`,
    detail,
  };
}

/** The level held on the window's first day is in the policy's eligible set. */
export function levelRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const careerLevel = careerLevelOn(input.person, window.startsOn);
  const { eligibleLevels } = input.policy;
  const label = CAREER_LEVEL_LABELS[careerLevel];
  const detail = { careerLevel, eligibleLevels };
  if (eligibleLevels.includes(careerLevel)) {
    return {
      code: 'LEVEL',
      passed: true,
      message: `Is a ${label}, a level eligible for rotation.`,
      detail,
    };
  }
  const open = listAnd(eligibleLevels.map((level) => CAREER_LEVEL_LABELS[level]));
  return {
    code: 'LEVEL',
    passed: false,
    message: `Is a ${label}; rotations are open to ${open}.`,
    detail,
  };
}

/** Whole months from pmSince to the window start, at least the policy's minimum. */
export function experienceRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const needed = input.policy.minExperienceMonths;
  const { pmSince } = input.person;
  // Someone whose PM career starts after the window has no experience yet, not negative experience.
  const months = Math.max(0, monthsBetween(pmSince, window.startsOn));
  const reachesOn = addMonths(pmSince, needed);
  const detail = { neededMonths: needed, months, pmSince, reachesOn };
  if (months >= needed) {
    return {
      code: 'EXPERIENCE',
      passed: true,
      message: `Has ${count(months, 'month')} as a PM at the window start (${needed} needed).`,
      detail,
    };
  }
  return {
    code: 'EXPERIENCE',
    passed: false,
    message: `Needs ${count(needed, 'month')} as a PM; has ${months} by ${formatDay(window.startsOn)} (reaches ${needed} on ${formatDay(reachesOn)}).`,
    detail,
  };
}

function describeRotation(rotation: EligibilityRotation, today: IsoDate): string {
  const which =
    rotationStatusOn(rotation, today) === 'ACTIVE' ? 'the current rotation' : 'a planned rotation';
  return `${which} (${formatDay(rotation.startsOn)} to ${formatDay(rotation.endsOn)})`;
}

/** No other planned or active rotation overlaps the window. Completed ones are COOLDOWN's business. */
export function noOverlapRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const overlapping = openRotations(countedRotations(input), input.today).filter((r) =>
    rangesOverlap(r, window),
  );
  const detail = { overlappingRotationIds: overlapping.map((r) => r.id) };
  if (overlapping.length === 0) {
    return {
      code: 'NO_OVERLAP',
      passed: true,
      message: 'No other planned or current rotation overlaps this window.',
      detail,
    };
  }
  const what = listAnd(overlapping.map((r) => describeRotation(r, input.today)));
  return { code: 'NO_OVERLAP', passed: false, message: `Overlaps ${what}.`, detail };
}

/** At least `cooldownMonths` whole months between the last rotation's end and the window start. */
export function cooldownRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const needed = input.policy.cooldownMonths;
  const counted = countedRotations(input);
  const anchor = cooldownAnchor(counted, input.today, window.startsOn);
  if (anchor === null) {
    const message =
      counted.length === 0
        ? 'Has had no rotation yet, so no cooldown applies.'
        : 'No earlier rotation ends before this window, so no cooldown applies.';
    return {
      code: 'COOLDOWN',
      passed: true,
      message,
      detail: { neededMonths: needed, lastRotationEndsOn: null },
    };
  }
  const readyOn = cooldownReadyOn(anchor, needed);
  const months = monthsBetween(anchor.endsOn, window.startsOn);
  const detail = { neededMonths: needed, lastRotationEndsOn: anchor.endsOn, months, readyOn };
  const last = `the last rotation ${anchor.endsOn < input.today ? 'ended' : 'ends'} on ${formatDay(anchor.endsOn)}`;
  if (window.startsOn >= readyOn) {
    return {
      code: 'COOLDOWN',
      passed: true,
      message: `Back in delivery long enough: ${last}, ${count(months, 'month')} before this window (${needed} needed).`,
      detail,
    };
  }
  const gap =
    window.startsOn <= anchor.endsOn
      ? 'after this window starts'
      : months === 0
        ? 'just before this window'
        : `only ${count(months, 'month')} before this window`;
  return {
    code: 'COOLDOWN',
    passed: false,
    message: `Needs ${count(needed, 'month')} between rotations; ${last}, ${gap} (ready from ${formatDay(readyOn)}).`,
    detail,
  };
}

/** Fewer than `maxRotations` non-cancelled rotations so far, counting planned and current ones. */
export function maxRotationsRule(input: EligibilityInput): RuleResult {
  const allowed = input.policy.maxRotations;
  const had = countedRotations(input).length;
  const detail = { rotations: had, maxRotations: allowed };
  if (had < allowed) {
    const so = had === 0 ? 'Has had no rotation yet' : `Has ${count(had, 'rotation')} on record`;
    return {
      code: 'MAX_ROTATIONS',
      passed: true,
      message: `${so}; up to ${allowed} are allowed.`,
      detail,
    };
  }
  const message =
    allowed === 0
      ? 'The policy currently allows no rotations.'
      : `Already has ${count(had, 'rotation')} (past, current or planned); the policy allows ${allowed} in a career.`;
  return { code: 'MAX_ROTATIONS', passed: false, message, detail };
}

export function durationRule(input: EligibilityInput, window: EvaluationWindow): RuleResult {
  const { minDurationMonths: min, maxDurationMonths: max } = input.policy;
  const { months } = window;
  const detail = { months, minDurationMonths: min, maxDurationMonths: max };
  const length = `The window is ${count(months, 'month')}`;
  if (months < min) {
    return {
      code: 'DURATION',
      passed: false,
      message: `${length}; a rotation lasts at least ${count(min, 'month')}.`,
      detail,
    };
  }
  if (months > max) {
    return {
      code: 'DURATION',
      passed: false,
      message: `${length}; a rotation lasts at most ${count(max, 'month')}.`,
      detail,
    };
  }
  return {
    code: 'DURATION',
    passed: true,
    message: `${length}, within the ${min} to ${max} months allowed.`,
    detail,
  };
}

/** PMO manager seats need a minimum career level; analyst seats are open to every eligible level. */
export function seatLevelRule(
  input: EligibilityInput,
  window: EvaluationWindow,
  role: SeatRole,
): RuleResult {
  const careerLevel = careerLevelOn(input.person, window.startsOn);
  const minLevel = input.policy.managerSeatMinLevel;
  const detail = { seatRole: role, careerLevel, managerSeatMinLevel: minLevel };
  if (role === 'PMO_ANALYST') {
    return {
      code: 'SEAT_LEVEL',
      passed: true,
      message: 'PMO analyst seats are open to every eligible level.',
      detail,
    };
  }
  const passed = levelRank(careerLevel) >= levelRank(minLevel);
  const message = `A ${SEAT_ROLE_LABELS[role]} seat needs a ${CAREER_LEVEL_LABELS[minLevel]} or above; is a ${CAREER_LEVEL_LABELS[careerLevel]}.`;
  return { code: 'SEAT_LEVEL', passed, message, detail };
}
