import { ELIGIBILITY_RULE_CODES } from './types';
import { evaluateEligibility } from './evaluate';
import { createInput, createPolicy } from './test-factories';

describe('evaluateEligibility', () => {
  it('answers with the policy version, the window and every rule in order', () => {
    const result = evaluateEligibility(
      createInput({
        policy: createPolicy({ version: 7 }),
        seat: { role: 'PMO_ANALYST' },
        away: { awayCap: 0.5, months: [] },
        window: { startsOn: '2026-09-01', months: 18 },
      }),
    );
    expect(result.policyVersion).toBe(7);
    expect(result.window).toEqual({ startsOn: '2026-09-01', endsOn: '2028-02-29', months: 18 });
    expect(result.rules.map((r) => r.code)).toEqual([
      'EMPLOYED',
      'LEVEL',
      'EXPERIENCE',
      'NO_OVERLAP',
      'COOLDOWN',
      'MAX_ROTATIONS',
      'DURATION',
      'SEAT_LEVEL',
      'AWAY_CAP',
    ]);
    expect(ELIGIBILITY_RULE_CODES).toEqual(result.rules.map((r) => r.code));
  });

  it('gives every rule a sentence, passed or not', () => {
    const result = evaluateEligibility(createInput({ seat: { role: 'PMO_MANAGER' } }));
    for (const rule of result.rules) expect(rule.message).toMatch(/^[A-Z].*\.$/);
  });

  it.each`
    case                      | window
    ${'zero months'}          | ${{ startsOn: '2026-09-01', months: 0 }}
    ${'a fraction of months'} | ${{ startsOn: '2026-09-01', months: 1.5 }}
    ${'an impossible date'}   | ${{ startsOn: '2026-02-30', months: 12 }}
  `('refuses a malformed window: $case', ({ window }) => {
    expect(() => evaluateEligibility(createInput({ window }))).toThrow(RangeError);
  });

  it('refuses a malformed today', () => {
    expect(() => evaluateEligibility(createInput({ today: '15/06/2026' }))).toThrow(RangeError);
  });
});
