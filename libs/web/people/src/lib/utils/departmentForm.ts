import type { FieldProblem } from '@stint/domain';

export interface DepartmentFormValues {
  code: string;
  name: string;
  parentId: string;
  /** Percent, as typed. */
  coverageTarget: string;
  awayCap: string;
}

export const EMPTY_DEPARTMENT: DepartmentFormValues = {
  code: '',
  name: '',
  parentId: '',
  coverageTarget: '30',
  awayCap: '20',
};

const CODE = /^[A-Z0-9_-]{1,16}$/;

/** The rules CreateDepartmentInput states: a short unique code, a name, shares from 0 to 100 %. */
export function validateDepartmentForm(values: DepartmentFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!CODE.test(values.code.trim())) {
    problems.push({
      field: 'code',
      message: 'Use 1–16 capital letters, digits, _ or -, e.g. FIN.',
    });
  }
  const name = values.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter the name.' });
  else if ([...name].length > 200)
    problems.push({ field: 'name', message: 'Must be at most 200 characters.' });
  for (const field of ['coverageTarget', 'awayCap'] as const) {
    const value = Number(values[field]);
    if (values[field].trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
      problems.push({ field, message: 'Enter a percentage from 0 to 100.' });
    }
  }
  return problems;
}

export function toDepartmentInput(values: DepartmentFormValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    parentId: values.parentId || null,
    coverageTarget: Number(values.coverageTarget) / 100,
    awayCap: Number(values.awayCap) / 100,
  };
}
