import {
  EMPTY_CORRECTION,
  toHistoryCorrectionInput,
  validateHistoryCorrection,
} from './historyCorrectionForm';

const today = '2026-06-30';
const hiredOn = '2020-03-01';
const fields = (values: Partial<typeof EMPTY_CORRECTION>) =>
  validateHistoryCorrection({ ...EMPTY_CORRECTION, ...values }, hiredOn, today).map((p) => p.field);

describe('history correction form', () => {
  it('accepts a past range or an open one with at least one attribute', () => {
    expect(fields({ validFrom: '2021-01-01', validTo: '2021-07-01', onLeave: 'yes' })).toEqual([]);
    expect(fields({ validFrom: '2020-03-01', careerLevel: 'PROGRAM_MANAGER' })).toEqual([]);
    expect(fields({ validFrom: today, validTo: '', departmentId: 'd1' })).toEqual([]);
  });

  it('marks dates before the hire, in the future or out of order, and an empty correction', () => {
    expect(fields({ validFrom: '2020-02-29', onLeave: 'no' })).toEqual(['validFrom']);
    expect(fields({ validFrom: '2026-07-01', onLeave: 'no' })).toEqual(['validFrom']);
    expect(fields({ validFrom: '2021-01-01', validTo: '2021-01-01', onLeave: 'no' })).toEqual([
      'validTo',
    ]);
    expect(fields({ validFrom: '2021-01-01', validTo: '2026-07-01', onLeave: 'no' })).toEqual([
      'validTo',
    ]);
    expect(fields({ validFrom: '2021-02-30' })).toEqual(['validFrom', 'departmentId']);
  });

  it('sends only the attributes chosen, and null for an open end or no reason', () => {
    expect(
      toHistoryCorrectionInput({
        ...EMPTY_CORRECTION,
        validFrom: ' 2021-01-01 ',
        onLeave: 'no',
      }),
    ).toEqual({ validFrom: '2021-01-01', validTo: null, onLeave: false, reason: null });
    expect(
      toHistoryCorrectionInput({
        ...EMPTY_CORRECTION,
        validFrom: '2021-01-01',
        validTo: '2021-06-01',
        departmentId: 'd1',
        careerLevel: 'PROJECT_MANAGER',
        reason: ' Moved earlier than recorded ',
      }),
    ).toEqual({
      validFrom: '2021-01-01',
      validTo: '2021-06-01',
      departmentId: 'd1',
      careerLevel: 'PROJECT_MANAGER',
      reason: 'Moved earlier than recorded',
    });
  });
});
