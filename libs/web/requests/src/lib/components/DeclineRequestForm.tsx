import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { characterCount, DECISION_NOTE_MAX_LENGTH, validateDecisionNote } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { DECLINE_ROTATION_REQUEST_MUTATION } from '../graphql/requests.mutation';

export interface DeclineRequestFormProps {
  requestId: string;
  onDeclined: () => void;
  onFailure: (message: string) => void;
}

/** Decline with a note the PM will read. */
export function DeclineRequestForm({ requestId, onDeclined, onFailure }: DeclineRequestFormProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { pending, run } = useSubmitOnce();
  const [decline] = useMutation(DECLINE_ROTATION_REQUEST_MUTATION);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateDecisionNote(note);
      setError(problems[0]?.message);
      if (problems.length > 0) return;
      try {
        await decline({ variables: { id: requestId, note } });
        onDeclined();
      } catch (e) {
        const failure = describeMutationError(e);
        setError(failure.fieldErrors['note']);
        onFailure(failure.message);
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="decline-title"
      className="decision-form"
    >
      <h2 id="decline-title">Decline</h2>
      <FormField
        label="Note to the project manager"
        hint={`${characterCount(note).toLocaleString('en')} of ${DECISION_NOTE_MAX_LENGTH.toLocaleString('en')} characters. Say why, and what would help next time.`}
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            className="form-field__input"
            rows={4}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Declining…' : 'Decline'}
      </button>
    </form>
  );
}
