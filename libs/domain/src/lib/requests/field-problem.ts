/**
 * One thing wrong with one input field. The API turns a list of these into BAD_USER_INPUT
 * (its `fields` extension has this exact shape); the web shows `message` next to `field`.
 */
export interface FieldProblem {
  field: string;
  message: string;
}
