import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatDay, todayIso, type IsoDate } from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import { CareerTimeline, EmptyState, ErrorNotice, LoadingState, PageHeading } from '@stint/web-ui';
import { MY_ROTATION_QUERY } from '../graphql/myRotation.query';
import { suggestedStart } from '../utils/requestForm';
import { MyEligibilityPanel } from './MyEligibilityPanel';
import { RequestHistory } from './RequestHistory';
import { RequestStatusCard } from './RequestStatusCard';
import { RotationRequestForm } from './RotationRequestForm';

const TITLE = 'My rotation';

/** My rotation (SPEC §6): the PM's eligibility, their request form, its status and history. */
export function MyRotationPage() {
  const { user } = useSession();
  if (!user?.personId) {
    return (
      <>
        <PageHeading title={TITLE} />
        <EmptyState title="Your account has no person record">
          <p>
            My rotation is for project managers. Ask a Stint admin to link your account to your
            person record.
          </p>
        </EmptyState>
      </>
    );
  }
  return <MyRotationContent personId={user.personId} />;
}

function MyRotationContent({ personId }: { personId: string }) {
  const today = useMemo(() => todayIso(), []);
  const { data, loading, error, refetch } = useQuery(MY_ROTATION_QUERY, {
    variables: { personId },
  });
  const [requestWindow, setWindow] = useState<{ startsOn: IsoDate; months: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const statusHeading = useRef<HTMLDivElement>(null);
  const onWindowChange = useCallback((next: { startsOn: IsoDate; months: number }) => {
    setWindow((current) =>
      current && current.startsOn === next.startsOn && current.months === next.months
        ? current
        : next,
    );
  }, []);

  const refresh = useCallback(
    (message: string) => {
      setAnnouncement(message);
      void refetch()
        .catch(() => undefined)
        .then(() => statusHeading.current?.querySelector<HTMLElement>('h2')?.focus());
    },
    [refetch],
  );

  if (!data) {
    return (
      <>
        <PageHeading title={TITLE} />
        {loading ? (
          <LoadingState label="Loading your rotation…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? 'Could not load your rotation.'}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }

  const { person, eligibilityPolicy: policy, pmos } = data;
  const requests = data.rotationRequests.edges.map((e) => e.node);
  const rotations = data.rotations.edges.map((e) => e.node);
  const open = requests.find((r) => r.status === 'SUBMITTED');
  const seatNames = new Map(
    pmos.flatMap((pmo) =>
      pmo.seats.map((seat) => [seat.id, `${seat.title}, ${pmo.name}`] as const),
    ),
  );
  const current =
    rotations.find((r) => r.status === 'ACTIVE') ?? rotations.find((r) => r.status === 'PLANNED');
  const shownWindow = requestWindow ?? {
    startsOn: suggestedStart(today),
    months: policy.minDurationMonths,
  };

  return (
    <>
      <PageHeading title={TITLE}>
        {person ? `${person.fullName}, ${person.department.name}.` : ''} See whether you can rotate
        now, ask for a rotation and follow your request.
      </PageHeading>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div className="my-rotation">
        <MyEligibilityPanel
          personId={personId}
          startsOn={shownWindow.startsOn}
          months={shownWindow.months}
        />
        <div ref={statusHeading}>
          {current && (
            <div className="notice" role="note">
              <p className="notice__title">
                {current.status === 'ACTIVE'
                  ? 'You are on a rotation'
                  : 'Your next rotation is planned'}
              </p>
              <p>
                From {formatDay(current.startsOn)} to {formatDay(current.endsOn)}. A new request
                would need a window after it.
              </p>
            </div>
          )}
          {open ? (
            <RequestStatusCard
              request={open}
              pmoName={pmos.find((p) => p.id === open.preferredPmoId)?.name}
              onWithdrawn={() => refresh('Your request was withdrawn.')}
            />
          ) : (
            <section className="card">
              <RotationRequestForm
                today={today}
                policy={policy}
                pmos={pmos}
                onWindowChange={onWindowChange}
                onSubmitted={() =>
                  refresh('Your request was sent. A PMO director will decide on it.')
                }
              />
            </section>
          )}
        </div>
        <RequestHistory requests={requests} rotations={rotations} />
      </div>
      {person && (
        <section className="card" aria-labelledby="my-career-title">
          <h2 id="my-career-title">My career path</h2>
          <CareerTimeline
            subject={person.fullName}
            hiredOn={person.hiredOn}
            leftOn={person.leftOn}
            today={today}
            history={person.history}
            rotations={rotations.map((r) => ({
              id: r.id,
              startsOn: r.startsOn,
              endsOn: r.endsOn,
              status: r.status,
              label: seatNames.get(r.seatId) ?? 'PMO seat',
            }))}
          />
        </section>
      )}
    </>
  );
}
