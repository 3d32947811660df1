import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { formatDay, todayIso } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { UPDATE_SEAT_MUTATION } from '../graphql/pmos.mutation';
import { toFieldErrors } from '../utils/formFailure';
import { validateClosingDate } from '../utils/seatForm';
import { FormAlert } from './FormAlert';

export interface CloseSeatFormProps {
  pmoId: string;
  seat: { id: string; title: string; opensOn: string; closesOn: string | null; version: number };
  onReload: () => void;
}

/**
 * Closes a seat from a date on (its last open day). The API refuses a date that would leave a
 * rotation outside the window and names that rotation (CONFLICT SEAT_WINDOW).
 */
export function CloseSeatForm({ pmoId, seat, onReload }: CloseSeatFormProps) {
  const navigate = useNavigate();
  const today = useMemo(() => todayIso(), []);
  const [closesOn, setClosesOn] = useState(today < seat.opensOn ? seat.opensOn : today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [update] = useMutation(UPDATE_SEAT_MUTATION);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateClosingDate(closesOn, seat.opensOn);
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Check the closing date.', stale: false });
        return;
      }
      try {
        await update({
          variables: { input: { id: seat.id, version: seat.version, closesOn: closesOn.trim() } },
        });
        void navigate(`/pmos/${pmoId}`);
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert({ message: failure.message, stale: failure.reason === 'STALE' });
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="close-seat-title"
      className="card entity-form"
    >
      <h2 id="close-seat-title">Close the seat</h2>
      <p className="muted">
        {seat.closesOn
          ? `It closes after ${formatDay(seat.closesOn)}. Choose another last day to move that.`
          : 'It is open-ended. Choose its last open day; rotations must end by then.'}
      </p>
      <FormAlert message={alert?.message} onReload={alert?.stale ? onReload : undefined} />
      <FormField label="Last open day" hint="YYYY-MM-DD" error={errors['closesOn']}>
        {(control) => (
          <input
            {...control}
            className="form-field__input form-field__input--date"
            value={closesOn}
            onChange={(e) => setClosesOn(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Closing…' : 'Close seat'}
      </button>
    </form>
  );
}
