import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, DEVELOPMENT_GOAL_LABELS, formatDay } from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import {
  DismissibleMessages,
  ErrorNotice,
  HistoryLink,
  LoadingState,
  PageHeading,
  StatusBadge,
  type DismissibleMessage,
} from '@stint/web-ui';
import {
  REQUEST_DETAIL_QUERY,
  REQUEST_FILTER_OPTIONS_QUERY,
  REQUEST_PERSON_FRAGMENT,
  REQUESTER_QUERY,
} from '../graphql/requests.query';
import { ApproveRequestForm } from './ApproveRequestForm';
import { DeclineRequestForm } from './DeclineRequestForm';

let messageSequence = 0;

/** One request: who asks for what, their eligibility, and the decision. */
export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [messages, setMessages] = useState<DismissibleMessage[]>([]);
  const detail = useQuery(REQUEST_DETAIL_QUERY, { variables: { id } });
  const request = detail.data?.rotationRequest;
  // Opened from the inbox, the cache already knows whose request it is: the requester is asked
  // for beside the request rather than after it.
  const client = useApolloClient();
  const knownPersonId = useMemo(
    () =>
      client.readFragment({
        id: client.cache.identify({ __typename: 'RotationRequest', id }),
        fragment: REQUEST_PERSON_FRAGMENT,
      })?.personId,
    [client, id],
  );
  const personId = request?.personId ?? knownPersonId;
  const requester = useQuery(REQUESTER_QUERY, {
    variables: { personId: personId ?? '' },
    skip: !personId,
  });
  const options = useQuery(REQUEST_FILTER_OPTIONS_QUERY);
  const person = requester.data?.person;

  const say = (text: string, tone: DismissibleMessage['tone'] = 'error') => {
    messageSequence += 1;
    setMessages((current) => [...current, { id: String(messageSequence), text, tone }]);
  };

  const back = (
    <p>
      <Link to="/requests">Back to the requests</Link>
    </p>
  );

  if (!request) {
    return (
      <>
        <PageHeading title="Request" />
        {back}
        {detail.loading ? (
          <LoadingState label="Loading the request…" />
        ) : (
          <ErrorNotice
            message={describeError(detail.error) ?? 'Could not load the request.'}
            onRetry={() => void detail.refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }

  const myPmos =
    options.data?.pmos.filter(
      (p) => user?.role === 'ADMIN' || p.directors.some((d) => d.id === user?.id),
    ) ?? [];
  const preferred = options.data?.pmos.find((p) => p.id === request.preferredPmoId);

  return (
    <>
      <PageHeading title={person ? `Request from ${person.fullName}` : 'Request'} />
      <p className="actions">
        <Link to="/requests">Back to the requests</Link>
        <HistoryLink
          role={user?.role}
          entityType="rotation_request"
          entityId={request.id}
          subject={person ? `the request from ${person.fullName}` : 'this request'}
        />
      </p>
      <DismissibleMessages
        label="Decision messages"
        messages={messages}
        onDismiss={(mid) => setMessages((current) => current.filter((m) => m.id !== mid))}
      />
      <section className="card" aria-labelledby="request-facts-title">
        <h2 id="request-facts-title">What they ask for</h2>
        <p>
          <StatusBadge status={request.status} /> Sent on{' '}
          {formatDay(request.submittedAt.slice(0, 10))}
          {request.decidedAt ? `, decided on ${formatDay(request.decidedAt.slice(0, 10))}` : ''}.
        </p>
        <dl className="facts">
          {person && (
            <>
              <dt>Project manager</dt>
              <dd>
                {person.fullName} ({person.email}), {CAREER_LEVEL_LABELS[person.careerLevel]},{' '}
                {person.department.name}
              </dd>
              <dt>Managing projects since</dt>
              <dd>{formatDay(person.pmSince)}</dd>
            </>
          )}
          <dt>Goals</dt>
          <dd>{request.goals.map((g) => DEVELOPMENT_GOAL_LABELS[g]).join(', ')}</dd>
          <dt>Earliest start</dt>
          <dd>{formatDay(request.earliestStart)}</dd>
          <dt>Duration</dt>
          <dd>{request.durationMonths} months</dd>
          <dt>Preference</dt>
          <dd>
            {preferred?.name ??
              (request.preferredScope
                ? `Any ${request.preferredScope.toLowerCase()} PMO`
                : 'No preference')}
          </dd>
          <dt>Motivation</dt>
          <dd className="pre-wrap">{request.motivation || '—'}</dd>
          {request.decisionNote && (
            <>
              <dt>Decision note</dt>
              <dd className="pre-wrap">{request.decisionNote}</dd>
            </>
          )}
        </dl>
      </section>
      {request.status === 'SUBMITTED' && (
        <div className="decision-panels">
          <section className="card">
            {options.loading && !options.data ? (
              <LoadingState label="Loading your PMOs…" />
            ) : (
              <ApproveRequestForm
                request={request}
                pmos={myPmos}
                personLevel={person?.careerLevel}
                managerSeatMinLevel={requester.data?.eligibilityPolicy.managerSeatMinLevel}
                onApproved={() => {
                  say('Approved. The rotation is planned and the PM can see it.', 'success');
                  void detail.refetch().catch(() => undefined);
                }}
                onFailure={(text) => say(text)}
              />
            )}
          </section>
          <section className="card">
            <DeclineRequestForm
              requestId={request.id}
              onDeclined={() => {
                say('Declined. The PM will see your note.', 'success');
                void detail.refetch().catch(() => undefined);
              }}
              onFailure={(text) => say(text)}
            />
          </section>
        </div>
      )}
    </>
  );
}
