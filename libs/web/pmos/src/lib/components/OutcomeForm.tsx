import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { characterCount, DEVELOPMENT_GOAL_LABELS, type DevelopmentGoal } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FieldsetField, FormField, useSubmitOnce } from '@stint/web-ui';
import { RECORD_ROTATION_OUTCOME_MUTATION } from '../graphql/rotation.mutation';
import { toFieldErrors } from '../utils/formFailure';
import { outcomeGoalChoices, ROTATION_TEXT_MAX, validateOutcome } from '../utils/rotationActions';
import { FormAlert } from './FormAlert';

export interface OutcomeFormProps {
  rotationId: string;
  served: readonly DevelopmentGoal[];
  offered: readonly DevelopmentGoal[];
  /** A recorded outcome, to correct. */
  recorded: { goalsAchieved: readonly DevelopmentGoal[] | null; note: string | null };
  onDone: (message: string) => void;
  onReload: () => void;
}

/** The goals a completed rotation achieved, from those it served and its PMO offers, and a note. */
export function OutcomeForm({
  rotationId,
  served,
  offered,
  recorded,
  onDone,
  onReload,
}: OutcomeFormProps) {
  const choices = outcomeGoalChoices(served, offered);
  const [goals, setGoals] = useState<DevelopmentGoal[]>([...(recorded.goalsAchieved ?? [])]);
  const [note, setNote] = useState(recorded.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [record] = useMutation(RECORD_ROTATION_OUTCOME_MUTATION, {
    refetchQueries: ['RotationDetail', 'OutcomesDue', 'OutcomesDueCount'],
    awaitRefetchQueries: true,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateOutcome(
        note,
        goals,
        choices.map((c) => c.goal),
      );
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Check the fields marked below.', stale: false });
        return;
      }
      try {
        await record({ variables: { id: rotationId, goalsAchieved: goals, note: note.trim() } });
        onDone('The outcome is recorded.');
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert({ message: failure.message, stale: failure.code === 'CONFLICT' });
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="outcome-title"
      className="card decision-form"
    >
      <h2 id="outcome-title">{recorded.note ? 'Correct the outcome' : 'Record the outcome'}</h2>
      <FormAlert message={alert?.message} onReload={alert?.stale ? onReload : undefined} />
      <FieldsetField
        legend="Goals achieved"
        hint="The goals the rotation served, and those its PMO offers. Leave all unticked if none was achieved."
        error={errors['goalsAchieved']}
      >
        {choices.map(({ goal, served: wasServed }) => (
          <div className="form-check" key={goal}>
            <input
              id={`outcome-goal-${goal}`}
              type="checkbox"
              checked={goals.includes(goal)}
              onChange={(e) =>
                setGoals((current) =>
                  e.target.checked ? [...current, goal] : current.filter((g) => g !== goal),
                )
              }
            />
            <label htmlFor={`outcome-goal-${goal}`}>
              {DEVELOPMENT_GOAL_LABELS[goal]}
              {wasServed ? ' (a goal of this rotation)' : ''}
            </label>
          </div>
        ))}
      </FieldsetField>
      <FormField
        label="Note"
        hint={`${characterCount(note).toLocaleString('en')} of ${ROTATION_TEXT_MAX.toLocaleString('en')} characters`}
        error={errors['note']}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            className="form-field__input"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Record outcome'}
      </button>
    </form>
  );
}
