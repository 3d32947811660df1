import { EMPTY_PMO, toPmoInput, validatePmoForm, type PmoFormValues } from './pmoForm';

const fields = (values: PmoFormValues) => validatePmoForm(values).map((p) => p.field);
const program: PmoFormValues = {
  name: ' Atlas Program Office ',
  scope: 'PROGRAM',
  departmentId: 'd-1',
  programName: ' Atlas ',
  directorIds: ['u-1'],
};

describe('validatePmoForm', () => {
  it('needs a name and a kind', () => {
    expect(fields(EMPTY_PMO)).toEqual(['name', 'scope']);
    expect(fields({ ...program, name: '   ' })).toEqual(['name']);
  });

  it('caps the name at 200 characters, as the API does', () => {
    expect(fields({ ...program, name: 'x'.repeat(200) })).toEqual([]);
    expect(validatePmoForm({ ...program, name: 'x'.repeat(201) })[0].message).toMatch(/200/);
  });

  it('needs a program name and a running department for a program PMO', () => {
    expect(fields(program)).toEqual([]);
    expect(fields({ ...program, programName: ' ', departmentId: '' })).toEqual([
      'programName',
      'departmentId',
    ]);
  });

  it('needs an owning department for a department PMO, and nothing for an enterprise PMO', () => {
    expect(fields({ ...program, scope: 'DEPARTMENT', departmentId: '' })).toEqual(['departmentId']);
    expect(fields({ ...program, scope: 'ENTERPRISE', departmentId: '', programName: '' })).toEqual(
      [],
    );
  });
});

describe('toPmoInput', () => {
  it('trims, and sends a program name only for a program PMO', () => {
    expect(toPmoInput(program, true)).toEqual({
      name: 'Atlas Program Office',
      scope: 'PROGRAM',
      departmentId: 'd-1',
      programName: 'Atlas',
      directorIds: ['u-1'],
    });
    expect(toPmoInput({ ...program, scope: 'ENTERPRISE', departmentId: '' }, false)).toEqual({
      name: 'Atlas Program Office',
      scope: 'ENTERPRISE',
      departmentId: null,
      programName: null,
    });
  });
});
