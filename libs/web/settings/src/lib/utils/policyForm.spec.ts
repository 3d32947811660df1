import { DEFAULT_ELIGIBILITY_POLICY } from '@stint/domain';
import { policyToForm, readPolicyForm } from './policyForm';

const form = policyToForm(DEFAULT_ELIGIBILITY_POLICY);

describe('policy form', () => {
  it('reads a valid form into the mutation input', () => {
    const { input, problems } = readPolicyForm(
      { ...form, note: ' Shorter wait ', cooldownMonths: '12' },
      3,
    );
    expect(problems).toEqual([]);
    expect(input).toMatchObject({ basedOnVersion: 3, cooldownMonths: 12, note: 'Shorter wait' });
  });

  it('marks fields with the domain rule', () => {
    const { input, problems } = readPolicyForm(
      {
        ...form,
        minDurationMonths: '18',
        maxDurationMonths: '12',
        minExperienceMonths: 'two',
        eligibleLevels: [],
      },
      1,
    );
    expect(input).toBeNull();
    expect(problems.map((p) => p.field).sort()).toEqual([
      'eligibleLevels',
      'maxDurationMonths',
      'minExperienceMonths',
    ]);
  });
});
