import { evaluateEligibility } from './evaluate';
import {
  TODAY,
  createInput,
  createPerson,
  createPolicy,
  createRotation,
  ruleOf,
} from './test-factories';
import type { CareerLevel, SeatRole } from '../enums';

// Window used throughout unless a case says otherwise: 12 months from 1 Sept 2026 to 31 Aug 2027.
// Today is 15 June 2026.

describe('EMPLOYED', () => {
  it('passes when employed for the whole window and not on leave', () => {
    const result = evaluateEligibility(createInput());
    expect(ruleOf(result, 'EMPLOYED')).toMatchObject({
      passed: true,
      message:
        'Employed for the whole window, 1 September 2026 to 31 August 2027, and not on leave.',
    });
  });

  it.each`
    leftOn          | passed   | message
    ${'2027-09-01'} | ${true}  | ${'Employed for the whole window, 1 September 2026 to 31 August 2027, and not on leave.'}
    ${'2027-08-31'} | ${false} | ${'The last day at the organisation is 30 August 2027, before the window ends on 31 August 2027.'}
    ${'2026-09-01'} | ${false} | ${'The last day at the organisation is 31 August 2026, before the window starts on 1 September 2026.'}
    ${'2026-06-15'} | ${false} | ${'Has left the organisation; the last day was 14 June 2026.'}
  `('with leftOn $leftOn (first day gone) passes: $passed', ({ leftOn, passed, message }) => {
    const result = evaluateEligibility(createInput({ person: createPerson({ leftOn }) }));
    expect(ruleOf(result, 'EMPLOYED')).toMatchObject({ passed, message });
    expect(result.eligible).toBe(passed);
  });

  it('fails while on leave, with no date promised', () => {
    const result = evaluateEligibility(createInput({ person: createPerson({ onLeave: true }) }));
    expect(ruleOf(result, 'EMPLOYED')).toMatchObject({
      passed: false,
      message: 'Is on leave; a rotation can be planned once they are back.',
    });
    expect(result.eligible).toBe(false);
    expect(result.eligibleFrom).toBeNull();
  });

  it('fails when the person joins after the window starts', () => {
    const result = evaluateEligibility(
      createInput({ person: createPerson({ hiredOn: '2026-09-02', pmSince: '2018-01-01' }) }),
    );
    expect(ruleOf(result, 'EMPLOYED')).toMatchObject({
      passed: false,
      message: 'Joins on 2 September 2026, after the window starts on 1 September 2026.',
    });
  });

  it('passes when the person joins on the first day of the window', () => {
    const result = evaluateEligibility(
      createInput({ person: createPerson({ hiredOn: '2026-09-01', pmSince: '2018-01-01' }) }),
    );
    expect(ruleOf(result, 'EMPLOYED').passed).toBe(true);
  });
});

describe('LEVEL', () => {
  it.each<[CareerLevel, boolean, string]>([
    [
      'PROJECT_COORDINATOR',
      false,
      'Is a Project Coordinator; rotations are open to Project Manager, Senior Project Manager and Program Manager.',
    ],
    ['PROJECT_MANAGER', true, 'Is a Project Manager, a level eligible for rotation.'],
    ['SENIOR_PROJECT_MANAGER', true, 'Is a Senior Project Manager, a level eligible for rotation.'],
    ['PROGRAM_MANAGER', true, 'Is a Program Manager, a level eligible for rotation.'],
    [
      'PORTFOLIO_MANAGER',
      false,
      'Is a Portfolio Manager; rotations are open to Project Manager, Senior Project Manager and Program Manager.',
    ],
  ])('%s passes: %s', (careerLevel, passed, message) => {
    const result = evaluateEligibility(createInput({ person: createPerson({ careerLevel }) }));
    expect(ruleOf(result, 'LEVEL')).toMatchObject({ passed, message });
    expect(result.eligible).toBe(passed);
  });

  it('follows the policy, not a fixed list', () => {
    const policy = createPolicy({ eligibleLevels: ['PROJECT_COORDINATOR'] });
    const result = evaluateEligibility(
      createInput({ person: createPerson({ careerLevel: 'PROJECT_COORDINATOR' }), policy }),
    );
    expect(ruleOf(result, 'LEVEL').passed).toBe(true);
  });
});

describe('EXPERIENCE', () => {
  it.each`
    pmSince         | passed   | message
    ${'2024-09-01'} | ${true}  | ${'Has 24 months as a PM at the window start (24 needed).'}
    ${'2024-09-02'} | ${false} | ${'Needs 24 months as a PM; has 23 by 1 September 2026 (reaches 24 on 2 September 2026).'}
    ${'2023-02-01'} | ${true}  | ${'Has 43 months as a PM at the window start (24 needed).'}
    ${'2025-04-01'} | ${false} | ${'Needs 24 months as a PM; has 17 by 1 September 2026 (reaches 24 on 1 April 2027).'}
    ${'2026-12-01'} | ${false} | ${'Needs 24 months as a PM; has 0 by 1 September 2026 (reaches 24 on 1 December 2028).'}
  `('with pmSince $pmSince passes: $passed', ({ pmSince, passed, message }) => {
    const result = evaluateEligibility(createInput({ person: createPerson({ pmSince }) }));
    expect(ruleOf(result, 'EXPERIENCE')).toMatchObject({ passed, message });
  });

  it('uses the policy minimum', () => {
    const policy = createPolicy({ minExperienceMonths: 12 });
    const result = evaluateEligibility(
      createInput({ person: createPerson({ pmSince: '2025-09-01' }), policy }),
    );
    expect(ruleOf(result, 'EXPERIENCE')).toMatchObject({
      passed: true,
      message: 'Has 12 months as a PM at the window start (12 needed).',
    });
  });
});

describe('NO_OVERLAP', () => {
  it.each`
    case                                         | startsOn        | endsOn          | cancelled | passed
    ${'a current rotation running into it'}      | ${'2026-01-01'} | ${'2026-09-01'} | ${false}  | ${false}
    ${'a planned rotation sharing its last day'} | ${'2027-08-31'} | ${'2028-08-30'} | ${false}  | ${false}
    ${'a rotation ending the day before it'}     | ${'2025-09-01'} | ${'2026-08-31'} | ${false}  | ${true}
    ${'a planned rotation starting after it'}    | ${'2027-09-01'} | ${'2028-08-31'} | ${false}  | ${true}
    ${'a cancelled overlapping rotation'}        | ${'2026-10-01'} | ${'2027-09-30'} | ${true}   | ${true}
  `('with $case passes: $passed', ({ startsOn, endsOn, cancelled, passed }) => {
    const rotations = [createRotation(startsOn, endsOn, { cancelled })];
    const result = evaluateEligibility(createInput({ rotations }));
    expect(ruleOf(result, 'NO_OVERLAP').passed).toBe(passed);
  });

  it('names the rotations it overlaps', () => {
    const current = createRotation('2026-01-01', '2026-12-31');
    const planned = createRotation('2027-06-01', '2027-11-30');
    const policy = createPolicy({ maxRotations: 3 });
    const result = evaluateEligibility(createInput({ rotations: [current, planned], policy }));
    expect(ruleOf(result, 'NO_OVERLAP')).toMatchObject({
      passed: false,
      message:
        'Overlaps the current rotation (1 January 2026 to 31 December 2026) and a planned rotation (1 June 2027 to 30 November 2027).',
      detail: { overlappingRotationIds: [current.id, planned.id] },
    });
  });

  it('says so when nothing overlaps', () => {
    const result = evaluateEligibility(createInput());
    expect(ruleOf(result, 'NO_OVERLAP').message).toBe(
      'No other planned or current rotation overlaps this window.',
    );
  });

  it('ignores the rotation being re-evaluated', () => {
    const self = createRotation('2026-09-01', '2027-08-31');
    const result = evaluateEligibility(
      createInput({ rotations: [self], excludeRotationId: self.id }),
    );
    expect(ruleOf(result, 'NO_OVERLAP').passed).toBe(true);
    expect(result.eligible).toBe(true);
  });
});

describe('COOLDOWN', () => {
  it('fails the day before the cooldown ends and passes on the day', () => {
    // Ended 16 June 2024: 24 months later is 16 June 2026, tomorrow.
    const rotations = [createRotation('2023-06-17', '2024-06-16')];
    const today = evaluateEligibility(
      createInput({ rotations, window: { startsOn: TODAY, months: 12 } }),
    );
    expect(ruleOf(today, 'COOLDOWN')).toMatchObject({
      passed: false,
      message:
        'Needs 24 months between rotations; the last rotation ended on 16 June 2024, only 23 months before this window (ready from 16 June 2026).',
    });
    expect(today.eligibleFrom).toBe('2026-06-16');

    const tomorrow = evaluateEligibility(
      createInput({ rotations, window: { startsOn: '2026-06-16', months: 12 } }),
    );
    expect(ruleOf(tomorrow, 'COOLDOWN')).toMatchObject({
      passed: true,
      message:
        'Back in delivery long enough: the last rotation ended on 16 June 2024, 24 months before this window (24 needed).',
    });
    expect(tomorrow.eligible).toBe(true);
  });

  it('passes with no rotation at all', () => {
    const result = evaluateEligibility(createInput());
    expect(ruleOf(result, 'COOLDOWN')).toMatchObject({
      passed: true,
      message: 'Has had no rotation yet, so no cooldown applies.',
    });
  });

  it('ignores a cancelled rotation that ended recently', () => {
    const rotations = [createRotation('2025-01-01', '2025-12-31', { cancelled: true })];
    const result = evaluateEligibility(createInput({ rotations }));
    expect(ruleOf(result, 'COOLDOWN').passed).toBe(true);
    expect(result.eligible).toBe(true);
  });

  it('runs from the latest of several completed rotations', () => {
    const rotations = [
      createRotation('2019-01-01', '2019-12-31'),
      createRotation('2024-01-01', '2024-12-31'),
    ];
    const result = evaluateEligibility(
      createInput({ rotations, policy: createPolicy({ maxRotations: 3 }) }),
    );
    expect(ruleOf(result, 'COOLDOWN')).toMatchObject({
      passed: false,
      detail: { lastRotationEndsOn: '2024-12-31', months: 20, readyOn: '2026-12-31' },
    });
  });

  it('counts a current rotation that ends before the window, so rotations cannot run back to back', () => {
    const rotations = [createRotation('2025-09-01', '2026-08-31')];
    const result = evaluateEligibility(createInput({ rotations }));
    expect(ruleOf(result, 'NO_OVERLAP').passed).toBe(true);
    expect(ruleOf(result, 'COOLDOWN')).toMatchObject({
      passed: false,
      message:
        'Needs 24 months between rotations; the last rotation ends on 31 August 2026, just before this window (ready from 31 August 2028).',
    });
  });

  it('with a zero cooldown still needs the window to start after the last rotation', () => {
    const policy = createPolicy({ cooldownMonths: 0 });
    const rotations = [createRotation('2025-01-01', '2025-12-31')];
    const onLastDay = evaluateEligibility(
      createInput({
        rotations,
        policy,
        window: { startsOn: '2025-12-31', months: 12 },
        today: '2026-01-05',
      }),
    );
    expect(ruleOf(onLastDay, 'COOLDOWN').passed).toBe(false);
    const dayAfter = evaluateEligibility(
      createInput({
        rotations,
        policy,
        window: { startsOn: '2026-01-01', months: 12 },
        today: '2026-01-05',
      }),
    );
    expect(ruleOf(dayAfter, 'COOLDOWN').passed).toBe(true);
  });
});

describe('MAX_ROTATIONS', () => {
  const old = (): ReturnType<typeof createRotation> => createRotation('2018-01-01', '2018-12-31');
  const older = (): ReturnType<typeof createRotation> => createRotation('2015-01-01', '2015-12-31');

  it('passes with no rotation yet', () => {
    expect(ruleOf(evaluateEligibility(createInput()), 'MAX_ROTATIONS')).toMatchObject({
      passed: true,
      message: 'Has had no rotation yet; up to 2 are allowed.',
    });
  });

  it('passes for the last allowed rotation (1 on record)', () => {
    const result = evaluateEligibility(createInput({ rotations: [old()] }));
    expect(ruleOf(result, 'MAX_ROTATIONS')).toMatchObject({
      passed: true,
      message: 'Has 1 rotation on record; up to 2 are allowed.',
    });
    expect(result.eligible).toBe(true);
  });

  it('fails at the limit (2 on record), and waiting does not help', () => {
    const result = evaluateEligibility(createInput({ rotations: [older(), old()] }));
    expect(ruleOf(result, 'MAX_ROTATIONS')).toMatchObject({
      passed: false,
      message:
        'Already has 2 rotations (past, current or planned); the policy allows 2 in a career.',
    });
    expect(result.eligibleFrom).toBeNull();
  });

  it('counts planned rotations', () => {
    const result = evaluateEligibility(
      createInput({ rotations: [old(), createRotation('2028-01-01', '2028-12-31')] }),
    );
    expect(ruleOf(result, 'MAX_ROTATIONS').passed).toBe(false);
  });

  it('ignores cancelled rotations', () => {
    const result = evaluateEligibility(
      createInput({
        rotations: [old(), createRotation('2016-01-01', '2016-12-31', { cancelled: true })],
      }),
    );
    expect(ruleOf(result, 'MAX_ROTATIONS').passed).toBe(true);
  });

  it('does not count the rotation being re-evaluated', () => {
    const self = createRotation('2026-09-01', '2027-08-31');
    const result = evaluateEligibility(
      createInput({ rotations: [older(), self], excludeRotationId: self.id }),
    );
    expect(ruleOf(result, 'MAX_ROTATIONS').passed).toBe(true);
  });

  it('explains a policy that allows none', () => {
    const result = evaluateEligibility(createInput({ policy: createPolicy({ maxRotations: 0 }) }));
    expect(ruleOf(result, 'MAX_ROTATIONS')).toMatchObject({
      passed: false,
      message: 'The policy currently allows no rotations.',
    });
  });
});

describe('DURATION', () => {
  it.each`
    months | passed   | message
    ${11}  | ${false} | ${'The window is 11 months; a rotation lasts at least 12 months.'}
    ${12}  | ${true}  | ${'The window is 12 months, within the 12 to 24 months allowed.'}
    ${24}  | ${true}  | ${'The window is 24 months, within the 12 to 24 months allowed.'}
    ${25}  | ${false} | ${'The window is 25 months; a rotation lasts at most 24 months.'}
  `('$months months passes: $passed', ({ months, passed, message }) => {
    const result = evaluateEligibility(createInput({ window: { startsOn: '2026-09-01', months } }));
    expect(ruleOf(result, 'DURATION')).toMatchObject({ passed, message });
    expect(result.eligible).toBe(passed);
    expect(result.eligibleFrom).toBe(passed ? TODAY : null);
  });
});

describe('SEAT_LEVEL', () => {
  it('is absent when no seat is given', () => {
    const result = evaluateEligibility(createInput());
    expect(result.rules.map((r) => r.code)).not.toContain('SEAT_LEVEL');
  });

  it.each<[SeatRole, CareerLevel, boolean, string]>([
    ['PMO_ANALYST', 'PROJECT_MANAGER', true, 'PMO analyst seats are open to every eligible level.'],
    [
      'PMO_MANAGER',
      'PROJECT_MANAGER',
      false,
      'A PMO manager seat needs a Senior Project Manager or above; is a Project Manager.',
    ],
    [
      'PMO_MANAGER',
      'SENIOR_PROJECT_MANAGER',
      true,
      'A PMO manager seat needs a Senior Project Manager or above; is a Senior Project Manager.',
    ],
    [
      'PMO_MANAGER',
      'PROGRAM_MANAGER',
      true,
      'A PMO manager seat needs a Senior Project Manager or above; is a Program Manager.',
    ],
  ])('a %s seat for a %s passes: %s', (role, careerLevel, passed, message) => {
    const result = evaluateEligibility(
      createInput({ person: createPerson({ careerLevel }), seat: { role } }),
    );
    expect(ruleOf(result, 'SEAT_LEVEL')).toMatchObject({ passed, message });
    expect(result.eligible).toBe(passed);
    expect(result.eligibleFrom).toBe(passed ? TODAY : null);
  });
});
