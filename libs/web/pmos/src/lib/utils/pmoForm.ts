import { type FieldProblem, type PmoScope } from '@stint/domain';

/** PMO_NAME_MAX and PROGRAM_NAME_MAX of the API's PMO inputs. */
export const PMO_NAME_MAX = 200;
export const PROGRAM_NAME_MAX = 200;

export const PMO_SCOPE_LABELS: Readonly<Record<PmoScope, string>> = {
  PROGRAM: 'Program PMO',
  DEPARTMENT: 'Department PMO',
  ENTERPRISE: 'Enterprise PMO',
};

export interface PmoFormValues {
  name: string;
  scope: PmoScope | '';
  departmentId: string;
  programName: string;
  directorIds: string[];
}

export const EMPTY_PMO: PmoFormValues = {
  name: '',
  scope: '',
  departmentId: '',
  programName: '',
  directorIds: [],
};

/** What the department field means for a scope, in words for its label. */
export function departmentLabel(scope: PmoScope | ''): string {
  if (scope === 'PROGRAM') return 'Running department';
  if (scope === 'DEPARTMENT') return 'Owning department';
  return 'Department (optional)';
}

/**
 * The rules CreatePmoInput and PmosService.validate apply (SPEC §2), run before sending:
 * a PROGRAM PMO has a program name and a running department, a DEPARTMENT PMO an owning
 * department; only PROGRAM has a program name. Name uniqueness needs the server.
 */
export function validatePmoForm(values: PmoFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = values.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Enter a name for the PMO.' });
  else if ([...name].length > PMO_NAME_MAX)
    problems.push({ field: 'name', message: `Must be at most ${PMO_NAME_MAX} characters.` });
  if (!values.scope) {
    problems.push({ field: 'scope', message: 'Choose the kind of PMO.' });
    return problems;
  }
  const programName = values.programName.trim();
  if (values.scope === 'PROGRAM') {
    if (!programName)
      problems.push({ field: 'programName', message: 'A program PMO needs a program name.' });
    else if ([...programName].length > PROGRAM_NAME_MAX)
      problems.push({
        field: 'programName',
        message: `Must be at most ${PROGRAM_NAME_MAX} characters.`,
      });
    if (!values.departmentId)
      problems.push({
        field: 'departmentId',
        message: 'A program PMO needs the department that runs the program.',
      });
  }
  if (values.scope === 'DEPARTMENT' && !values.departmentId)
    problems.push({ field: 'departmentId', message: 'A department PMO needs its department.' });
  return problems;
}

/**
 * The values as CreatePmoInput / the changing part of UpdatePmoInput. A program name is sent
 * only for PROGRAM scope (the API refuses it elsewhere). `directorIds` only when the signed-in
 * user may choose directors (admins), otherwise left as they are.
 */
export function toPmoInput(values: PmoFormValues, withDirectors: boolean) {
  const scope = values.scope as PmoScope;
  return {
    name: values.name.trim(),
    scope,
    departmentId: values.departmentId || null,
    programName: scope === 'PROGRAM' ? values.programName.trim() : null,
    ...(withDirectors ? { directorIds: values.directorIds } : {}),
  };
}
