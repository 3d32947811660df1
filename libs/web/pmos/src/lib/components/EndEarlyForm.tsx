import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { isIsoDate } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { END_ROTATION_EARLY_MUTATION } from '../graphql/rotation.mutation';
import { toFieldErrors } from '../utils/formFailure';
import { freedDays, validateEndEarly, type RotationDates } from '../utils/rotationActions';
import { FormAlert } from './FormAlert';
import { FreedSeatImpact } from './FreedSeatImpact';

export interface RotationActionProps {
  rotation: RotationDates & { id: string };
  pmo: { id: string; name: string };
  /** Called with a sentence for the page once the change is saved. */
  onDone: (message: string) => void;
  onReload: () => void;
}

/** A new last day inside the rotation, with what freeing the rest does to the seat fill. */
export function EndEarlyForm({ rotation, pmo, onDone, onReload }: RotationActionProps) {
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [endEarly] = useMutation(END_ROTATION_EARLY_MUTATION, {
    refetchQueries: ['RotationDetail', 'OutcomesDueCount'],
    awaitRefetchQueries: true,
  });
  const valid = isIsoDate(endsOn.trim()) && validateEndEarly(endsOn, rotation).length === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateEndEarly(endsOn, rotation);
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Check the new last day.', stale: false });
        return;
      }
      try {
        await endEarly({ variables: { id: rotation.id, endsOn: endsOn.trim() } });
        onDone(`The rotation now ends on ${endsOn.trim()}.`);
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
      aria-labelledby="end-early-title"
      className="card decision-form"
    >
      <h2 id="end-early-title">End early</h2>
      <FormAlert message={alert?.message} onReload={alert?.stale ? onReload : undefined} />
      <FormField
        label="New last day"
        hint={`YYYY-MM-DD, from ${rotation.startsOn} and before ${rotation.endsOn}`}
        error={errors['endsOn']}
      >
        {(control) => (
          <input
            {...control}
            className="form-field__input form-field__input--date"
            value={endsOn}
            onChange={(e) => {
              setEndsOn(e.target.value);
              // A changed date is checked again on sending; an old message would mislead.
              setErrors({});
              setAlert(undefined);
            }}
          />
        )}
      </FormField>
      <FreedSeatImpact
        pmoId={pmo.id}
        pmoName={pmo.name}
        freed={valid ? freedDays(rotation, endsOn.trim()) : null}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'End rotation early'}
      </button>
    </form>
  );
}
