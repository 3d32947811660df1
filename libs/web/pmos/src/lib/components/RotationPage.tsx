import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { SEAT_ROLE_LABELS, todayIso } from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import {
  DismissibleMessages,
  ErrorNotice,
  LoadingState,
  PageHeading,
  type DismissibleMessage,
} from '@stint/web-ui';
import { ROTATION_CONTEXT_QUERY, ROTATION_DETAIL_QUERY } from '../graphql/rotation.query';
import { mayManagePmo } from '../utils/access';
import { availableActions } from '../utils/rotationActions';
import { CancelRotationForm } from './CancelRotationForm';
import { EndEarlyForm } from './EndEarlyForm';
import { HistoryLink } from './HistoryLink';
import { OutcomeForm } from './OutcomeForm';
import { RotationFacts } from './RotationFacts';

let messageSequence = 0;

/**
 * `/rotations/:id` (HR, directors, admins): a rotation's dates, seat, PMO, person, goals,
 * status, request and reasons; and, for the PMO's directors and admins, ending it early,
 * cancelling it or recording its outcome, each with its impact where one applies.
 */
export function RotationPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const today = useMemo(() => todayIso(), []);
  const detail = useQuery(ROTATION_DETAIL_QUERY, { variables: { id } });
  const rotation = detail.data?.rotation;
  const context = useQuery(ROTATION_CONTEXT_QUERY, {
    variables: { personId: rotation?.personId ?? '', seatId: rotation?.seatId ?? '' },
    skip: !rotation,
  });
  const [messages, setMessages] = useState<DismissibleMessage[]>([]);

  const person = context.data?.person;
  const seat = context.data?.seat;
  if (!rotation || !seat || !person) {
    const failed = detail.error ?? context.error;
    return (
      <>
        <PageHeading title="Rotation" />
        {failed ? (
          <ErrorNotice
            message={describeError(failed) ?? 'We could not find this rotation.'}
            onRetry={() => void detail.refetch().catch(() => undefined)}
          />
        ) : (
          <LoadingState label="Loading the rotation…" />
        )}
      </>
    );
  }
  const pmo = seat.pmo;
  const mayManage = mayManagePmo(user, pmo.directors);
  const actions = availableActions(rotation, today);
  const reload = () => void detail.refetch().catch(() => undefined);
  const done = (text: string) => {
    messageSequence += 1;
    setMessages((current) => [...current, { id: String(messageSequence), text, tone: 'success' }]);
  };

  return (
    <>
      <PageHeading title={`Rotation of ${person.fullName}`}>
        {seat.title} ({SEAT_ROLE_LABELS[seat.role]}) in {pmo.name}
      </PageHeading>
      <p className="actions">
        {mayManage && <Link to={`/pmos/${pmo.id}`}>Back to {pmo.name}</Link>}
        {(user?.role === 'DIRECTOR' || user?.role === 'ADMIN') && (
          <Link to="/planning">Planning</Link>
        )}
        <Link to={`/people/${person.id}`}>{person.fullName}’s record</Link>
        <HistoryLink
          entityType="rotation"
          entityId={rotation.id}
          label={`the rotation of ${person.fullName}`}
        />
      </p>
      <DismissibleMessages
        label="Rotation messages"
        messages={messages}
        onDismiss={(key) => setMessages((current) => current.filter((m) => m.id !== key))}
      />
      <RotationFacts rotation={rotation} person={person} seat={seat} mayManagePmo={mayManage} />
      {!mayManage && (user?.role === 'DIRECTOR' || user?.role === 'HR') ? (
        <p className="muted">
          Only the directors of {pmo.name} or an admin can change this rotation.
        </p>
      ) : null}
      {mayManage && (
        <div className="decision-panels">
          {actions.endEarly && (
            <EndEarlyForm
              key={`end-${rotation.version}`}
              rotation={rotation}
              pmo={pmo}
              onDone={done}
              onReload={reload}
            />
          )}
          {actions.cancel && (
            <CancelRotationForm
              key={`cancel-${rotation.version}`}
              rotation={rotation}
              pmo={pmo}
              onDone={done}
              onReload={reload}
            />
          )}
          {actions.outcome && (
            <OutcomeForm
              key={`outcome-${rotation.version}`}
              rotationId={rotation.id}
              served={rotation.goals}
              offered={pmo.goalsOffered}
              recorded={{
                goalsAchieved: rotation.goalsAchieved ?? null,
                note: rotation.outcomeNote ?? null,
              }}
              onDone={done}
              onReload={reload}
            />
          )}
        </div>
      )}
    </>
  );
}
