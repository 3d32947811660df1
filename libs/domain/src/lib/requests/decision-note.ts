import type { FieldProblem } from './field-problem';
import { characterCount } from './text-length';

export const DECISION_NOTE_MAX_LENGTH = 2000;

/**
 * A decline (or cancel) note is shown to the PM, so it must say something: blank or
 * whitespace-only is refused. The limit counts the note as typed; the server stores it trimmed.
 */
export function validateDecisionNote(note: string): FieldProblem[] {
  if (note.trim() === '') return [{ field: 'note', message: 'Write a note saying why.' }];
  const length = characterCount(note);
  if (length > DECISION_NOTE_MAX_LENGTH) {
    return [
      {
        field: 'note',
        message: `Must be at most ${DECISION_NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters; this is ${length.toLocaleString('en-GB')}.`,
      },
    ];
  }
  return [];
}
