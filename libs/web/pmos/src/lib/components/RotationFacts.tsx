import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  CAREER_LEVEL_LABELS,
  DEVELOPMENT_GOAL_LABELS,
  formatDay,
  type CareerLevel,
  type DevelopmentGoal,
  type RotationStatus,
} from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import { StatusBadge } from '@stint/web-ui';
import { ROTATION_REQUEST_SUMMARY_QUERY } from '../graphql/rotation.query';
import { HistoryLink } from './HistoryLink';

const goalList = (goals: readonly DevelopmentGoal[] | null | undefined) =>
  goals && goals.length > 0 ? goals.map((g) => DEVELOPMENT_GOAL_LABELS[g]).join(', ') : 'None';

export interface RotationFactsProps {
  rotation: {
    id: string;
    requestId?: string | null;
    startsOn: string;
    endsOn: string;
    status: RotationStatus;
    goals: readonly DevelopmentGoal[];
    goalsAchieved?: readonly DevelopmentGoal[] | null;
    outcomeNote?: string | null;
    cancelReason?: string | null;
    awayCapOverrideReason?: string | null;
  };
  person: {
    id: string;
    fullName: string;
    careerLevel: CareerLevel;
    department: { name: string };
  };
  seat: {
    title: string;
    opensOn: string;
    closesOn?: string | null;
    pmo: { id: string; name: string };
  };
  mayManagePmo: boolean;
}

/** Everything known about a rotation, as a description list. */
export function RotationFacts({ rotation, person, seat, mayManagePmo }: RotationFactsProps) {
  const { user } = useSession();
  const request = useQuery(ROTATION_REQUEST_SUMMARY_QUERY, {
    variables: { id: rotation.requestId ?? '' },
    skip: !rotation.requestId,
  });
  const mayOpenRequests = user?.role === 'DIRECTOR' || user?.role === 'ADMIN';
  const summary = request.data?.rotationRequest;
  return (
    <section className="card" aria-labelledby="rotation-facts-title">
      <h2 id="rotation-facts-title">About this rotation</h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={rotation.status} />
        </dd>
        <dt>Dates</dt>
        <dd>
          {formatDay(rotation.startsOn)} to {formatDay(rotation.endsOn)}
        </dd>
        <dt>Person</dt>
        <dd>
          <Link to={`/people/${person.id}`}>{person.fullName}</Link>,{' '}
          {CAREER_LEVEL_LABELS[person.careerLevel]} in {person.department.name}
        </dd>
        <dt>Seat</dt>
        <dd>
          {seat.title}, open {formatDay(seat.opensOn)}
          {seat.closesOn ? ` to ${formatDay(seat.closesOn)}` : ' with no end'}
        </dd>
        <dt>PMO</dt>
        <dd>
          {mayManagePmo ? <Link to={`/pmos/${seat.pmo.id}`}>{seat.pmo.name}</Link> : seat.pmo.name}
        </dd>
        <dt>Goals it serves</dt>
        <dd>{goalList(rotation.goals)}</dd>
        <dt>Request</dt>
        <dd>
          {!rotation.requestId ? (
            'Assigned directly, without a request'
          ) : summary ? (
            <>
              {mayOpenRequests ? (
                <Link to={`/requests/${summary.id}`}>
                  Request of {formatDay(summary.submittedAt.slice(0, 10))}
                </Link>
              ) : (
                `Request of ${formatDay(summary.submittedAt.slice(0, 10))}`
              )}
              : {summary.durationMonths} months from {formatDay(summary.earliestStart)}{' '}
              <HistoryLink
                entityType="rotation_request"
                entityId={summary.id}
                label="the request"
              />
            </>
          ) : request.error ? (
            describeError(request.error)
          ) : (
            'Loading…'
          )}
        </dd>
        {rotation.awayCapOverrideReason && (
          <>
            <dt>Away-cap override</dt>
            <dd className="pre-wrap">{rotation.awayCapOverrideReason}</dd>
          </>
        )}
        {rotation.cancelReason && (
          <>
            <dt>Cancelled because</dt>
            <dd className="pre-wrap">{rotation.cancelReason}</dd>
          </>
        )}
        {rotation.status === 'COMPLETED' && (
          <>
            <dt>Goals achieved</dt>
            <dd>{rotation.outcomeNote ? goalList(rotation.goalsAchieved) : 'Not recorded yet'}</dd>
            {rotation.outcomeNote && (
              <>
                <dt>Outcome note</dt>
                <dd className="pre-wrap">{rotation.outcomeNote}</dd>
              </>
            )}
          </>
        )}
      </dl>
    </section>
  );
}
