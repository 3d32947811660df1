import { useQuery } from '@apollo/client/react';
import { formatDay, windowEnd } from '@stint/domain';
import { describeError } from '@stint/web-data-access';
import { EligibilityChecklist, ErrorNotice, LoadingState } from '@stint/web-ui';
import { MY_ELIGIBILITY_QUERY } from '../graphql/myRotation.query';

export interface MyEligibilityPanelProps {
  personId: string;
  startsOn: string;
  months: number;
}

/** The PM's eligibility for the window their request describes, rule by rule. */
export function MyEligibilityPanel({ personId, startsOn, months }: MyEligibilityPanelProps) {
  const { data, previousData, loading, error, refetch } = useQuery(MY_ELIGIBILITY_QUERY, {
    variables: { personId, startsOn, months },
  });
  const answer = (data ?? previousData)?.eligibility;
  return (
    <section aria-labelledby="eligibility-title" className="card" aria-busy={loading}>
      <h2 id="eligibility-title">Your eligibility</h2>
      <p className="muted">
        For a rotation from {formatDay(startsOn)} to {formatDay(windowEnd(startsOn, months))} (
        {months} months). Change the dates in the request form to check another window.
      </p>
      {error && !answer ? (
        <ErrorNotice
          message={describeError(error) ?? ''}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !answer ? (
        <LoadingState label="Checking your eligibility…" />
      ) : (
        <>
          {answer.eligible && answer.eligibleFrom && (
            <p className="eligible-from">
              <strong>Eligible from:</strong> {formatDay(answer.eligibleFrom)}
            </p>
          )}
          <EligibilityChecklist
            subject="You"
            rules={answer.rules}
            eligible={answer.eligible}
            eligibleFrom={answer.eligibleFrom}
            startsOn={answer.startsOn}
            policyVersion={answer.policyVersion}
          />
        </>
      )}
    </section>
  );
}
