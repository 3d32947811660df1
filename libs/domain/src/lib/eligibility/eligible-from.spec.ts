import { evaluateEligibility } from './evaluate';
import { TODAY, createInput, createPerson, createPolicy, createRotation } from './test-factories';

// Today is 15 June 2026; the default window is 12 months from 1 September 2026.

describe('eligibleFrom', () => {
  it('is today when every rule passes (and so no later than the window start)', () => {
    const result = evaluateEligibility(createInput());
    expect(result.eligible).toBe(true);
    expect(result.eligibleFrom).toBe(TODAY);
  });

  it('for EXPERIENCE is the day the minimum is reached', () => {
    const result = evaluateEligibility(
      createInput({ person: createPerson({ pmSince: '2025-01-10' }) }),
    );
    expect(result.eligible).toBe(false);
    expect(result.eligibleFrom).toBe('2027-01-10');
  });

  it('for EXPERIENCE one day short is the next day', () => {
    const result = evaluateEligibility(
      createInput({ person: createPerson({ pmSince: '2024-09-02' }) }),
    );
    expect(result.eligibleFrom).toBe('2026-09-02');
  });

  it('for COOLDOWN is the day the cooldown ends', () => {
    const rotations = [createRotation('2024-03-01', '2025-02-28')];
    const result = evaluateEligibility(createInput({ rotations }));
    expect(result.eligibleFrom).toBe('2027-02-28');
  });

  it('for NO_OVERLAP is the day after the blocking rotation (no cooldown)', () => {
    const rotations = [createRotation('2027-03-01', '2028-02-29')];
    const policy = createPolicy({ cooldownMonths: 0 });
    const result = evaluateEligibility(createInput({ rotations, policy }));
    expect(result.eligibleFrom).toBe('2028-03-01');
  });

  it('for NO_OVERLAP then adds the cooldown that rotation starts', () => {
    const rotations = [createRotation('2027-03-01', '2028-02-29')];
    const result = evaluateEligibility(createInput({ rotations }));
    // 24 months after 29 Feb 2028 clamps to 28 Feb 2030.
    expect(result.eligibleFrom).toBe('2030-02-28');
  });

  it('steps past several rotations when the window does not fit between them', () => {
    const rotations = [
      createRotation('2026-01-01', '2026-12-31'),
      createRotation('2027-06-01', '2027-12-31'),
    ];
    const policy = createPolicy({ cooldownMonths: 0, maxRotations: 3 });
    const result = evaluateEligibility(createInput({ rotations, policy }));
    expect(result.eligibleFrom).toBe('2028-01-01');
  });

  it('fits a window into a gap between rotations that is long enough', () => {
    const rotations = [
      createRotation('2026-01-01', '2026-12-31'),
      createRotation('2028-06-01', '2028-12-31'),
    ];
    const policy = createPolicy({ cooldownMonths: 0, maxRotations: 3 });
    const result = evaluateEligibility(createInput({ rotations, policy }));
    expect(result.eligibleFrom).toBe('2027-01-01');
  });

  it('ignores cancelled rotations', () => {
    const rotations = [
      createRotation('2026-01-01', '2027-12-31', { cancelled: true }),
      createRotation('2025-01-01', '2025-12-31', { cancelled: true }),
    ];
    const result = evaluateEligibility(createInput({ rotations }));
    expect(result.eligibleFrom).toBe(TODAY);
  });

  it('is the latest of EXPERIENCE and COOLDOWN when both fail', () => {
    const person = createPerson({ pmSince: '2025-01-10' });
    const rotations = [createRotation('2024-03-01', '2025-02-28')];
    expect(evaluateEligibility(createInput({ person, rotations })).eligibleFrom).toBe('2027-02-28');

    const laterExperience = createPerson({ pmSince: '2025-05-20' });
    expect(
      evaluateEligibility(createInput({ person: laterExperience, rotations })).eligibleFrom,
    ).toBe('2027-05-20');
  });

  it('combines EXPERIENCE with NO_OVERLAP when experience arrives during a planned rotation', () => {
    const person = createPerson({ pmSince: '2025-01-10' });
    const rotations = [createRotation('2026-12-01', '2027-05-31')];
    const policy = createPolicy({ cooldownMonths: 0 });
    expect(evaluateEligibility(createInput({ person, rotations, policy })).eligibleFrom).toBe(
      '2027-06-01',
    );
  });

  it('waits for a future hire to join', () => {
    const person = createPerson({ hiredOn: '2026-10-01', pmSince: '2018-01-01' });
    expect(evaluateEligibility(createInput({ person })).eligibleFrom).toBe('2026-10-01');
  });

  it('is the window start for a past window that passes every rule', () => {
    const result = evaluateEligibility(
      createInput({ window: { startsOn: '2026-01-01', months: 12 } }),
    );
    expect(result.eligible).toBe(true);
    expect(result.eligibleFrom).toBe('2026-01-01');
  });

  it('ignores AWAY_CAP, which hangs on other people’s plans', () => {
    const away = { awayCap: 0.2, months: [] };
    const result = evaluateEligibility(createInput({ away }));
    expect(result.eligible).toBe(false);
    expect(result.eligibleFrom).toBe(TODAY);
  });

  describe('is null when waiting does not help', () => {
    it.each`
      case                                         | overrides
      ${'LEVEL fails'}                             | ${{ person: createPerson({ careerLevel: 'PROJECT_COORDINATOR' }) }}
      ${'MAX_ROTATIONS fails'}                     | ${{ rotations: [createRotation('2015-01-01', '2015-12-31'), createRotation('2018-01-01', '2018-12-31')] }}
      ${'DURATION fails'}                          | ${{ window: { startsOn: '2026-09-01', months: 30 } }}
      ${'SEAT_LEVEL fails'}                        | ${{ person: createPerson({ careerLevel: 'PROJECT_MANAGER' }), seat: { role: 'PMO_MANAGER' } }}
      ${'the person is on leave'}                  | ${{ person: createPerson({ onLeave: true }) }}
      ${'the person has left'}                     | ${{ person: createPerson({ leftOn: '2026-05-01' }) }}
      ${'the person leaves during the window'}     | ${{ person: createPerson({ leftOn: '2027-03-01' }) }}
      ${'LEVEL fails while EXPERIENCE also fails'} | ${{ person: createPerson({ careerLevel: 'PROJECT_COORDINATOR', pmSince: '2025-06-01' }) }}
    `('$case', ({ overrides }) => {
      const result = evaluateEligibility(createInput(overrides));
      expect(result.eligible).toBe(false);
      expect(result.eligibleFrom).toBeNull();
    });

    it('when the person leaves before a window starting on the earliest day could end', () => {
      // Experience arrives 10 Jan 2027; a 12-month window from then ends 9 Jan 2028.
      const leavesJustTooSoon = createPerson({ pmSince: '2025-01-10', leftOn: '2028-01-09' });
      expect(
        evaluateEligibility(createInput({ person: leavesJustTooSoon })).eligibleFrom,
      ).toBeNull();

      const staysJustLongEnough = createPerson({ pmSince: '2025-01-10', leftOn: '2028-01-10' });
      expect(evaluateEligibility(createInput({ person: staysJustLongEnough })).eligibleFrom).toBe(
        '2027-01-10',
      );
    });
  });
});
