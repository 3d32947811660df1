import { DEFAULT_ELIGIBILITY_POLICY } from '../eligibility/policy';
import type { RotationRequestInput } from './rotation-request';
import { validateRotationRequestInput } from './rotation-request';

const TODAY = '2026-06-15';

function createRequest(overrides: Partial<RotationRequestInput> = {}): RotationRequestInput {
  return {
    goals: ['PORTFOLIO_MANAGEMENT', 'EXECUTIVE_NETWORK'],
    earliestStart: '2026-09-01',
    durationMonths: 12,
    motivation: 'I want to see how the portfolio is chosen.',
    ...overrides,
  };
}

function validate(
  overrides: Partial<RotationRequestInput> = {},
): ReturnType<typeof validateRotationRequestInput> {
  return validateRotationRequestInput(createRequest(overrides), DEFAULT_ELIGIBILITY_POLICY, TODAY);
}

function fieldsOf(overrides: Partial<RotationRequestInput>): string[] {
  return validate(overrides).map((p) => p.field);
}

describe('validateRotationRequestInput', () => {
  it('accepts a complete request', () => {
    expect(validate()).toEqual([]);
  });

  it('accepts optional preferences given or left out', () => {
    expect(
      validate({
        preferredScope: 'ENTERPRISE',
        preferredPmoId: 'a3f0c1de-0000-4000-8000-000000000001',
      }),
    ).toEqual([]);
    expect(validate({ preferredScope: null, preferredPmoId: null })).toEqual([]);
  });

  describe('goals', () => {
    it.each`
      case                 | goals                                                                                                                                            | valid
      ${'none'}            | ${[]}                                                                                                                                            | ${false}
      ${'one'}             | ${['PROGRAM_MANAGEMENT']}                                                                                                                        | ${true}
      ${'all five'}        | ${['PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'EXECUTIVE_NETWORK']}                       | ${true}
      ${'a repeat'}        | ${['PROGRAM_MANAGEMENT', 'PROGRAM_MANAGEMENT']}                                                                                                  | ${false}
      ${'an unknown goal'} | ${['PROGRAM_MANAGEMENT', 'GOLF']}                                                                                                                | ${false}
      ${'six'}             | ${['PROGRAM_MANAGEMENT', 'PORTFOLIO_MANAGEMENT', 'ORGANIZATIONAL_VISIBILITY', 'PROCESS_IMPROVEMENT', 'EXECUTIVE_NETWORK', 'PROGRAM_MANAGEMENT']} | ${false}
    `('with $case valid: $valid', ({ goals, valid }) => {
      expect(fieldsOf({ goals })).toEqual(valid ? [] : expect.arrayContaining(['goals']));
    });

    it('says what is wrong', () => {
      expect(validate({ goals: [] })).toEqual([
        { field: 'goals', message: 'Choose at least one goal.' },
      ]);
      expect(validate({ goals: ['GOLF'] })).toEqual([
        { field: 'goals', message: 'Unknown goal: GOLF.' },
      ]);
      expect(validate({ goals: ['PROGRAM_MANAGEMENT', 'PROGRAM_MANAGEMENT'] })).toEqual([
        { field: 'goals', message: 'Choose each goal once; repeated: PROGRAM_MANAGEMENT.' },
      ]);
    });
  });

  it('reports an unknown preferred scope', () => {
    expect(validate({ preferredScope: 'GALAXY' })).toEqual([
      {
        field: 'preferredScope',
        message: 'Choose one of PROGRAM, DEPARTMENT, ENTERPRISE, or leave it empty.',
      },
    ]);
  });

  it('reports a blank preferred PMO', () => {
    expect(fieldsOf({ preferredPmoId: '  ' })).toEqual(['preferredPmoId']);
  });

  describe('earliestStart', () => {
    it.each`
      earliestStart   | valid
      ${'2026-06-15'} | ${true}
      ${'2026-06-14'} | ${false}
      ${'2027-02-29'} | ${false}
      ${'2026-9-1'}   | ${false}
      ${''}           | ${false}
    `('$earliestStart valid: $valid', ({ earliestStart, valid }) => {
      expect(fieldsOf({ earliestStart })).toEqual(valid ? [] : ['earliestStart']);
    });

    it('explains a date in the past', () => {
      expect(validate({ earliestStart: '2026-06-14' })).toEqual([
        { field: 'earliestStart', message: 'Must be today (15 June 2026) or later.' },
      ]);
    });
  });

  describe('durationMonths', () => {
    it.each`
      durationMonths | valid
      ${11}          | ${false}
      ${12}          | ${true}
      ${24}          | ${true}
      ${25}          | ${false}
      ${12.5}        | ${false}
      ${Number.NaN}  | ${false}
    `('$durationMonths valid: $valid', ({ durationMonths, valid }) => {
      expect(fieldsOf({ durationMonths })).toEqual(valid ? [] : ['durationMonths']);
    });

    it('follows the policy range', () => {
      const policy = { ...DEFAULT_ELIGIBILITY_POLICY, minDurationMonths: 6, maxDurationMonths: 9 };
      expect(
        validateRotationRequestInput(createRequest({ durationMonths: 6 }), policy, TODAY),
      ).toEqual([]);
      expect(
        validateRotationRequestInput(createRequest({ durationMonths: 12 }), policy, TODAY),
      ).toEqual([
        { field: 'durationMonths', message: 'Must be a whole number of months from 6 to 9.' },
      ]);
    });
  });

  describe('motivation', () => {
    it('accepts an empty motivation', () => {
      expect(validate({ motivation: '' })).toEqual([]);
    });

    it.each`
      case                                  | motivation           | valid
      ${'2,000 letters'}                    | ${'a'.repeat(2000)}  | ${true}
      ${'2,001 letters'}                    | ${'a'.repeat(2001)}  | ${false}
      ${'2,000 emoji (4,000 UTF-16 units)'} | ${'🚀'.repeat(2000)} | ${true}
      ${'2,001 emoji'}                      | ${'🚀'.repeat(2001)} | ${false}
    `('with $case valid: $valid', ({ motivation, valid }) => {
      expect(fieldsOf({ motivation })).toEqual(valid ? [] : ['motivation']);
    });

    it('says how long it is', () => {
      expect(validate({ motivation: 'a'.repeat(2001) })).toEqual([
        { field: 'motivation', message: 'Must be at most 2,000 characters; this is 2,001.' },
      ]);
    });
  });

  it('reports every bad field at once', () => {
    expect(
      fieldsOf({
        goals: [],
        earliestStart: 'soon',
        durationMonths: 0,
        motivation: 'x'.repeat(3000),
      }),
    ).toEqual(['goals', 'earliestStart', 'durationMonths', 'motivation']);
  });
});
