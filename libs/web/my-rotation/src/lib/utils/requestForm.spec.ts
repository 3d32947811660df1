import { DEFAULT_ELIGIBILITY_POLICY } from '@stint/domain';
import {
  formWindowEnd,
  initialValues,
  suggestedStart,
  toSubmitInput,
  validateRequestForm,
  type RequestFormValues,
} from './requestForm';

const TODAY = '2026-06-15';

function values(overrides: Partial<RequestFormValues> = {}): RequestFormValues {
  return { ...initialValues(TODAY, 12), goals: ['PROGRAM_MANAGEMENT'], ...overrides };
}

describe('request form', () => {
  it('suggests the first day of next month', () => {
    expect(suggestedStart(TODAY)).toBe('2026-07-01');
    expect(suggestedStart('2026-12-31')).toBe('2027-01-01');
  });

  it('turns a scope or PMO preference into the matching input field', () => {
    expect(toSubmitInput(values({ preference: 'scope:ENTERPRISE' }))).toMatchObject({
      preferredScope: 'ENTERPRISE',
    });
    const byPmo = toSubmitInput(values({ preference: 'pmo:abc' }));
    expect(byPmo.preferredPmoId).toBe('abc');
    expect(byPmo.preferredScope).toBeUndefined();
    expect(toSubmitInput(values())).not.toHaveProperty('preferredScope');
  });

  it('checks with the domain rule, field by field', () => {
    expect(validateRequestForm(values(), DEFAULT_ELIGIBILITY_POLICY, TODAY)).toEqual([]);
    expect(
      validateRequestForm(
        values({ goals: [], earliestStart: '2026-06-01', durationMonths: '30' }),
        DEFAULT_ELIGIBILITY_POLICY,
        TODAY,
      ).map((p) => p.field),
    ).toEqual(['goals', 'earliestStart', 'durationMonths']);
  });

  it('knows the last day of the window, or null for a date that is not one', () => {
    expect(formWindowEnd(values())).toBe('2027-06-30');
    expect(formWindowEnd(values({ earliestStart: 'soon' }))).toBeNull();
  });
});
