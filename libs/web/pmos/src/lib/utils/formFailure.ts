import type { FieldProblem } from '@stint/domain';

/** Problems as the form's per-field messages (the first for each field). */
export function toFieldErrors(problems: readonly FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of problems) errors[field] ??= message;
  return errors;
}
