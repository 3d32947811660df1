import { DEFAULT_ELIGIBILITY_POLICY, parsePolicyRules } from './policy';

// The version-1 row exactly as the migration seeds it.
const VERSION_1_JSON: unknown = JSON.parse(`{
  "eligibleLevels": ["PROJECT_MANAGER", "SENIOR_PROJECT_MANAGER", "PROGRAM_MANAGER"],
  "minExperienceMonths": 24,
  "cooldownMonths": 24,
  "maxRotations": 2,
  "minDurationMonths": 12,
  "maxDurationMonths": 24,
  "managerSeatMinLevel": "SENIOR_PROJECT_MANAGER"
}`);

function withChange(change: Record<string, unknown>): Record<string, unknown> {
  return { ...(VERSION_1_JSON as Record<string, unknown>), ...change };
}

function problemsOf(json: unknown): { field: string; message: string }[] {
  const result = parsePolicyRules(json);
  return result.ok ? [] : result.problems;
}

describe('DEFAULT_ELIGIBILITY_POLICY', () => {
  it('is SPEC §3’s defaults as version 1', () => {
    expect(DEFAULT_ELIGIBILITY_POLICY).toEqual({
      version: 1,
      eligibleLevels: ['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER'],
      minExperienceMonths: 24,
      cooldownMonths: 24,
      maxRotations: 2,
      minDurationMonths: 12,
      maxDurationMonths: 24,
      managerSeatMinLevel: 'SENIOR_PROJECT_MANAGER',
    });
  });
});

describe('parsePolicyRules', () => {
  it('reads the stored version-1 rules into the default policy fields', () => {
    const result = parsePolicyRules(VERSION_1_JSON);
    expect(result).toEqual({
      ok: true,
      rules: {
        eligibleLevels: ['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER'],
        minExperienceMonths: 24,
        cooldownMonths: 24,
        maxRotations: 2,
        minDurationMonths: 12,
        maxDurationMonths: 24,
        managerSeatMinLevel: 'SENIOR_PROJECT_MANAGER',
      },
    });
  });

  it('accepts a whole policy, ignoring its version', () => {
    const result = parsePolicyRules({ ...(VERSION_1_JSON as object), version: 3 });
    expect(result.ok).toBe(true);
    expect(result.ok && 'version' in result.rules).toBe(false);
  });

  it('returns levels in career order whatever order they came in', () => {
    const result = parsePolicyRules(
      withChange({ eligibleLevels: ['PROGRAM_MANAGER', 'PROJECT_MANAGER'] }),
    );
    expect(result.ok && result.rules.eligibleLevels).toEqual([
      'PROJECT_MANAGER',
      'PROGRAM_MANAGER',
    ]);
  });

  it('accepts zero experience, zero cooldown and zero rotations', () => {
    const result = parsePolicyRules(
      withChange({ minExperienceMonths: 0, cooldownMonths: 0, maxRotations: 0 }),
    );
    expect(result.ok).toBe(true);
  });

  it('accepts equal minimum and maximum durations', () => {
    expect(parsePolicyRules(withChange({ minDurationMonths: 18, maxDurationMonths: 18 })).ok).toBe(
      true,
    );
  });

  it.each`
    field                    | value
    ${'minExperienceMonths'} | ${-1}
    ${'cooldownMonths'}      | ${-6}
    ${'maxRotations'}        | ${-1}
    ${'minDurationMonths'}   | ${0}
    ${'maxDurationMonths'}   | ${0}
    ${'cooldownMonths'}      | ${1.5}
    ${'maxRotations'}        | ${'2'}
    ${'minExperienceMonths'} | ${null}
    ${'cooldownMonths'}      | ${Number.NaN}
  `('reports $field = $value', ({ field, value }) => {
    expect(problemsOf(withChange({ [field]: value })).map((p) => p.field)).toContain(field);
  });

  it('explains a bad number in words', () => {
    expect(problemsOf(withChange({ cooldownMonths: -6 }))).toEqual([
      { field: 'cooldownMonths', message: 'Must be a whole number of months, 0 or more.' },
    ]);
  });

  it('reports a minimum duration above the maximum', () => {
    expect(problemsOf(withChange({ minDurationMonths: 25 }))).toEqual([
      { field: 'maxDurationMonths', message: 'Must be at least the minimum duration (25 months).' },
    ]);
  });

  it.each`
    case                  | eligibleLevels                            | message
    ${'an empty set'}     | ${[]}                                     | ${'At least one career level must be eligible.'}
    ${'an unknown level'} | ${['PROJECT_MANAGER', 'CEO']}             | ${'Unknown career level: CEO.'}
    ${'a repeated level'} | ${['PROJECT_MANAGER', 'PROJECT_MANAGER']} | ${'Each career level may be listed once.'}
    ${'not a list'}       | ${'PROJECT_MANAGER'}                      | ${'Must be a list of career levels.'}
  `('reports eligibleLevels with $case', ({ eligibleLevels, message }) => {
    expect(problemsOf(withChange({ eligibleLevels }))).toEqual([
      { field: 'eligibleLevels', message },
    ]);
  });

  it('reports an unknown manager seat level', () => {
    expect(problemsOf(withChange({ managerSeatMinLevel: 'DIRECTOR' })).map((p) => p.field)).toEqual(
      ['managerSeatMinLevel'],
    );
  });

  it('reports a key that is not a rule, so a misspelling is not silently dropped', () => {
    expect(problemsOf(withChange({ coolDownMonths: 12 }))).toEqual([
      { field: 'coolDownMonths', message: '"coolDownMonths" is not a policy rule.' },
    ]);
  });

  it('reports every missing rule at once', () => {
    expect(problemsOf({}).map((p) => p.field)).toEqual([
      'minExperienceMonths',
      'cooldownMonths',
      'maxRotations',
      'minDurationMonths',
      'maxDurationMonths',
      'eligibleLevels',
      'managerSeatMinLevel',
    ]);
  });

  it.each([null, [], 'rules', 42])('refuses %p as a whole', (json) => {
    expect(problemsOf(json)).toEqual([
      { field: 'rules', message: 'The policy must be an object of named rules.' },
    ]);
  });
});
