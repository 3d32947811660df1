import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  CAREER_LEVEL_LABELS,
  DEVELOPMENT_GOAL_LABELS,
  formatDay,
  todayIso,
  type DevelopmentGoal,
} from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import {
  CareerTimeline,
  EligibilityChecklist,
  EmptyState,
  ErrorNotice,
  HistoryLink,
  LoadingState,
  PageHeading,
  StatusBadge,
} from '@stint/web-ui';
import {
  DEPARTMENT_OPTIONS_QUERY,
  PERSON_DETAIL_QUERY,
  PERSON_ELIGIBILITY_QUERY,
  SEAT_NAMES_QUERY,
} from '../graphql/people.query';
import { HistoryCorrectionForm } from './HistoryCorrectionForm';

const goals = (list: readonly DevelopmentGoal[] | null) =>
  list && list.length > 0 ? list.map((g) => DEVELOPMENT_GOAL_LABELS[g]).join(', ') : '—';

/** One person: their record, eligibility checklist, rotation history and outcomes. */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const mayEdit = user?.role === 'HR' || user?.role === 'ADMIN';
  const today = useMemo(() => todayIso(), []);
  const { data, loading, error, refetch } = useQuery(PERSON_DETAIL_QUERY, { variables: { id } });
  const options = useQuery(DEPARTMENT_OPTIONS_QUERY);
  const months = options.data?.eligibilityPolicy.minDurationMonths;
  const eligibility = useQuery(PERSON_ELIGIBILITY_QUERY, {
    variables: { personId: id, startsOn: today, months: months ?? 12 },
    skip: months === undefined || !data?.person,
  });
  const seats = useQuery(SEAT_NAMES_QUERY);
  const seatNames = useMemo(() => {
    const map = new Map<string, string>();
    for (const pmo of seats.data?.pmos ?? [])
      for (const seat of pmo.seats) map.set(seat.id, `${seat.title}, ${pmo.name}`);
    return map;
  }, [seats.data]);

  const person = data?.person;
  if (!person) {
    return (
      <>
        <PageHeading title="Person" />
        <p>
          <Link to="/people">Back to people</Link>
        </p>
        {loading ? (
          <LoadingState label="Loading the person…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? 'We could not find this person.'}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }
  const rotations = data.rotations.edges.map((e) => e.node);
  const requests = data.rotationRequests.edges.map((e) => e.node);
  const answer = eligibility.data?.eligibility;
  const careerRotations = rotations.map((r) => ({
    id: r.id,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
    label: seatNames.get(r.seatId) ?? 'PMO seat',
  }));

  return (
    <>
      <PageHeading title={person.fullName}>
        {CAREER_LEVEL_LABELS[person.careerLevel]} in {person.department.name}
      </PageHeading>
      <p className="actions">
        <Link to="/people">Back to people</Link>
        {mayEdit && (
          <Link className="button button--secondary" to={`/people/${person.id}/edit`}>
            Edit
          </Link>
        )}
        <HistoryLink
          role={user?.role}
          entityType="person"
          entityId={person.id}
          subject={person.fullName}
        />
      </p>
      <div className="person-layout">
        <section className="card" aria-labelledby="person-record-title">
          <h2 id="person-record-title">Record</h2>
          <dl className="facts">
            <dt>Employee number</dt>
            <dd>{person.employeeNumber}</dd>
            <dt>E-mail</dt>
            <dd>{person.email}</dd>
            <dt>Department</dt>
            <dd>
              {person.department.name} ({person.department.code})
            </dd>
            <dt>Managing projects since</dt>
            <dd>{formatDay(person.pmSince)}</dd>
            <dt>Hired</dt>
            <dd>{formatDay(person.hiredOn)}</dd>
            <dt>Employment</dt>
            <dd>
              {person.leftOn
                ? `Left on ${formatDay(person.leftOn)}`
                : person.onLeave
                  ? 'On leave'
                  : 'Employed'}
            </dd>
          </dl>
        </section>
        <section
          className="card"
          aria-labelledby="person-eligibility-title"
          aria-busy={eligibility.loading}
        >
          <h2 id="person-eligibility-title">Eligibility</h2>
          {answer ? (
            <>
              <p className="muted">For a {months}-month rotation starting today.</p>
              <EligibilityChecklist
                subject={person.fullName}
                rules={answer.rules}
                eligible={answer.eligible}
                eligibleFrom={answer.eligibleFrom}
                startsOn={answer.startsOn}
                policyVersion={answer.policyVersion}
              />
            </>
          ) : eligibility.error ? (
            <ErrorNotice message={describeError(eligibility.error) ?? ''} />
          ) : (
            <LoadingState label="Checking eligibility…" />
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="person-career-title">
        <h2 id="person-career-title">Career path</h2>
        <CareerTimeline
          subject={person.fullName}
          hiredOn={person.hiredOn}
          leftOn={person.leftOn}
          today={today}
          history={person.history}
          rotations={careerRotations}
        />
        {mayEdit && options.data && (
          <details className="history-correction">
            <summary>Correct a past stretch</summary>
            <p className="muted">
              Sets what {person.fullName} held over a range of days; the days around it stay as
              recorded. To record a change as it happens, edit the person instead.
            </p>
            <HistoryCorrectionForm
              personId={person.id}
              version={person.version}
              hiredOn={person.hiredOn}
              today={today}
              departments={options.data.departments}
            />
          </details>
        )}
      </section>
      <section className="card" aria-labelledby="person-rotations-title">
        <h2 id="person-rotations-title">Rotations and outcomes</h2>
        {rotations.length === 0 ? (
          <EmptyState title="No rotations yet" />
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Rotations of {person.fullName}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Seat</th>
                <th scope="col">Status</th>
                <th scope="col">Goals</th>
                <th scope="col">Goals achieved</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {rotations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link
                      to={`/rotations/${r.id}`}
                      aria-label={`Rotation from ${formatDay(r.startsOn)}`}
                    >
                      {formatDay(r.startsOn)}
                    </Link>
                  </td>
                  <td>{formatDay(r.endsOn)}</td>
                  <td>{seatNames.get(r.seatId) ?? '…'}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td>{goals(r.goals)}</td>
                  <td>{r.status === 'COMPLETED' ? goals(r.goalsAchieved) : '—'}</td>
                  <td>{r.outcomeNote ?? r.cancelReason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="person-requests-title">
        <h2 id="person-requests-title">Requests</h2>
        {requests.length === 0 ? (
          <p>No rotation requests.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Requests of {person.fullName}</caption>
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Status</th>
                <th scope="col">Earliest start</th>
                <th scope="col">Duration</th>
                <th scope="col">Decision note</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>{formatDay(r.submittedAt.slice(0, 10))}</td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td>{formatDay(r.earliestStart)}</td>
                  <td>{r.durationMonths} months</td>
                  <td>{r.decisionNote ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
