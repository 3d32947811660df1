import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { characterCount } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { CANCEL_ROTATION_MUTATION } from '../graphql/rotation.mutation';
import { toFieldErrors } from '../utils/formFailure';
import { freedDays, ROTATION_TEXT_MAX, validateCancelReason } from '../utils/rotationActions';
import type { RotationActionProps } from './EndEarlyForm';
import { FormAlert } from './FormAlert';
import { FreedSeatImpact } from './FreedSeatImpact';

/** Cancels the rotation with a reason (kept in the audit trail); the whole stint is freed. */
export function CancelRotationForm({ rotation, pmo, onDone, onReload }: RotationActionProps) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [cancel] = useMutation(CANCEL_ROTATION_MUTATION, {
    refetchQueries: ['RotationDetail'],
    awaitRefetchQueries: true,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateCancelReason(reason);
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Say why the rotation is cancelled.', stale: false });
        return;
      }
      try {
        await cancel({ variables: { id: rotation.id, reason: reason.trim() } });
        onDone('The rotation is cancelled.');
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
      aria-labelledby="cancel-rotation-title"
      className="card decision-form"
    >
      <h2 id="cancel-rotation-title">Cancel the rotation</h2>
      <FormAlert message={alert?.message} onReload={alert?.stale ? onReload : undefined} />
      <FormField
        label="Reason"
        hint={`${characterCount(reason).toLocaleString('en')} of ${ROTATION_TEXT_MAX.toLocaleString('en')} characters; kept in the audit trail`}
        error={errors['reason']}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            className="form-field__input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FormField>
      <FreedSeatImpact pmoId={pmo.id} pmoName={pmo.name} freed={freedDays(rotation)} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Cancelling…' : 'Cancel rotation'}
      </button>
    </form>
  );
}
