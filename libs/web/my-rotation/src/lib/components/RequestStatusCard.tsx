import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DEVELOPMENT_GOAL_LABELS, formatDay, type DevelopmentGoal } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { StatusBadge, useSubmitOnce } from '@stint/web-ui';
import { WITHDRAW_ROTATION_REQUEST_MUTATION } from '../graphql/myRotation.mutation';

export interface OpenRequest {
  id: string;
  status: string;
  goals: readonly DevelopmentGoal[];
  earliestStart: string;
  durationMonths: number;
  preferredScope: string | null;
  preferredPmoId: string | null;
  motivation: string;
  submittedAt: string;
}

export interface RequestStatusCardProps {
  request: OpenRequest;
  pmoName: string | undefined;
  onWithdrawn: () => void;
}

const SCOPE_WORDS: Readonly<Record<string, string>> = {
  PROGRAM: 'any program PMO',
  DEPARTMENT: 'any department PMO',
  ENTERPRISE: 'any enterprise PMO',
};

/** The PM's open request, and withdrawing it (after a confirmation). */
export function RequestStatusCard({ request, pmoName, onWithdrawn }: RequestStatusCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const { pending, run } = useSubmitOnce();
  const [withdraw] = useMutation(WITHDRAW_ROTATION_REQUEST_MUTATION);
  const preference =
    pmoName ?? (request.preferredScope ? SCOPE_WORDS[request.preferredScope] : 'no preference');

  return (
    <section className="card" aria-labelledby="open-request-title">
      <h2 id="open-request-title" tabIndex={-1}>
        Your request
      </h2>
      <p>
        <StatusBadge status={request.status} /> Sent on{' '}
        {formatDay(request.submittedAt.slice(0, 10))}. A PMO director will approve or decline it.
      </p>
      <dl className="facts">
        <dt>Goals</dt>
        <dd>{request.goals.map((g) => DEVELOPMENT_GOAL_LABELS[g]).join(', ')}</dd>
        <dt>Earliest start</dt>
        <dd>{formatDay(request.earliestStart)}</dd>
        <dt>Duration</dt>
        <dd>{request.durationMonths} months</dd>
        <dt>Preference</dt>
        <dd>{preference}</dd>
        {request.motivation && (
          <>
            <dt>Motivation</dt>
            <dd className="pre-wrap">{request.motivation}</dd>
          </>
        )}
      </dl>
      {error && (
        <div role="alert" className="form-alert">
          {error}
        </div>
      )}
      {!confirming ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          Withdraw request
        </button>
      ) : (
        <div className="confirm" role="group" aria-label="Confirm withdrawal">
          <p>Withdraw this request? You can send a new one afterwards.</p>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() =>
              void run(async () => {
                try {
                  await withdraw({ variables: { id: request.id } });
                  setError(undefined);
                  onWithdrawn();
                } catch (e) {
                  setError(describeMutationError(e).message);
                }
              })
            }
          >
            Yes, withdraw it
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </div>
      )}
    </section>
  );
}
