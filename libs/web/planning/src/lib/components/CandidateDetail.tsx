import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDay } from '@stint/domain';
import { describeError, describeMutationError } from '@stint/web-data-access';
import {
  EligibilityChecklist,
  ErrorNotice,
  FormField,
  ImpactPreview,
  LoadingState,
  useSubmitOnce,
} from '@stint/web-ui';
import { ASSIGN_ROTATION_MUTATION } from '../graphql/planning.mutation';
import { CANDIDATE_ELIGIBILITY_QUERY, ROTATION_IMPACT_QUERY } from '../graphql/planning.query';
import { onlyAwayCapFails } from '../utils/onlyAwayCapFails';

export interface CandidateDetailProps {
  personId: string;
  fullName: string;
  seatId: string;
  startsOn: string;
  endsOn: string;
  months: number;
  onAssigned: (message: string) => void;
  onConflict: (message: string) => void;
}

/** One candidate: eligibility for this seat and window, the impact, and the assignment. */
export function CandidateDetail({
  personId,
  fullName,
  seatId,
  startsOn,
  endsOn,
  months,
  onAssigned,
  onConflict,
}: CandidateDetailProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { pending, run } = useSubmitOnce();
  const [assign] = useMutation(ASSIGN_ROTATION_MUTATION);
  const eligibility = useQuery(CANDIDATE_ELIGIBILITY_QUERY, {
    variables: { personId, startsOn, months, seatId },
  });
  const impact = useQuery(ROTATION_IMPACT_QUERY, {
    variables: { personId, seatId, startsOn, endsOn },
  });
  const failing =
    impact.data?.rotationImpact.failingRules ??
    eligibility.data?.eligibility.rules.filter((r) => !r.passed) ??
    [];
  const canOverride = onlyAwayCapFails(failing);
  const blocked = failing.some((r) => r.code !== 'AWAY_CAP');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      if (canOverride && !reason.trim()) {
        setReasonError('Write why the department may go over its away cap.');
        return;
      }
      setReasonError(undefined);
      try {
        await assign({
          variables: {
            input: {
              personId,
              seatId,
              startsOn,
              endsOn,
              ...(canOverride ? { awayCapOverrideReason: reason.trim() } : {}),
            },
          },
        });
        onAssigned(`${fullName} is assigned from ${formatDay(startsOn)} to ${formatDay(endsOn)}.`);
      } catch (e) {
        const failure = describeMutationError(e);
        if (failure.fieldErrors['awayCapOverrideReason'])
          setReasonError(failure.fieldErrors['awayCapOverrideReason']);
        onConflict(`${fullName}: ${failure.message}`);
      }
    });
  };

  const answer = eligibility.data?.eligibility;
  return (
    <section className="candidate-detail" aria-labelledby="candidate-detail-title">
      <h3 id="candidate-detail-title" tabIndex={-1}>
        {fullName}
      </h3>
      <div aria-busy={eligibility.loading}>
        <h4>Eligibility</h4>
        {answer ? (
          <EligibilityChecklist
            subject={fullName}
            rules={answer.rules}
            eligible={answer.eligible}
            eligibleFrom={answer.eligibleFrom}
            startsOn={answer.startsOn}
            policyVersion={answer.policyVersion}
          />
        ) : eligibility.error ? (
          <ErrorNotice message={describeError(eligibility.error) ?? ''} />
        ) : (
          <LoadingState label="Checking eligibility…" />
        )}
      </div>
      <div aria-busy={impact.loading}>
        {impact.data ? (
          <ImpactPreview impact={impact.data.rotationImpact} title="Impact preview" />
        ) : impact.error ? (
          <ErrorNotice
            message={`The impact preview is not available. ${describeError(impact.error) ?? ''}`}
          />
        ) : (
          <LoadingState label="Working out the impact…" />
        )}
      </div>
      <form noValidate onSubmit={onSubmit} aria-busy={pending} aria-label={`Assign ${fullName}`}>
        {canOverride && (
          <FormField
            label="Reason to go over the away cap"
            hint="Only the away cap fails. The audit trail keeps this reason."
            error={reasonError}
          >
            {(control) => (
              <textarea
                {...control}
                className="form-field__input"
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </FormField>
        )}
        {blocked && (
          <p className="warning" role="note">
            {fullName} is not eligible for this seat and window.
          </p>
        )}
        <button type="submit" className="button" disabled={pending || blocked}>
          {pending ? 'Assigning…' : `Assign ${fullName}`}
        </button>
      </form>
    </section>
  );
}
