import { EMPTY_DEPARTMENT, toDepartmentInput, validateDepartmentForm } from './departmentForm';

describe('department form', () => {
  it('checks the code, name and shares', () => {
    expect(
      validateDepartmentForm({ ...EMPTY_DEPARTMENT, code: 'fin', awayCap: '120' }).map(
        (p) => p.field,
      ),
    ).toEqual(['code', 'name', 'awayCap']);
  });

  it('sends shares as fractions', () => {
    const input = toDepartmentInput({
      ...EMPTY_DEPARTMENT,
      code: 'FIN',
      name: 'Finance',
      coverageTarget: '35',
    });
    expect(input).toEqual({
      code: 'FIN',
      name: 'Finance',
      parentId: null,
      coverageTarget: 0.35,
      awayCap: 0.2,
    });
  });
});
