import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { todayIso } from '@stint/domain';
import { describeError, usePersonNames, useSession } from '@stint/web-data-access';
import {
  DismissibleMessages,
  EmptyState,
  ErrorNotice,
  LoadingState,
  PageHeading,
  type DismissibleMessage,
} from '@stint/web-ui';
import { PLANNING_SEATS_QUERY } from '../graphql/planning.query';
import { loadSeatRotations, useSeatRotations } from '../hooks/useSeatRotations';
import { timelineRange } from '../utils/timeline';
import { CandidatePanel } from './CandidatePanel';
import { OutcomesDuePanel } from './OutcomesDuePanel';
import { SeatTimeline, type SelectedGap } from './SeatTimeline';

const SEATS_PAGE = 100;
let messageSequence = 0;

/** Planning (SPEC §6): seats on a timeline, candidates for a gap, impact, assign. */
export function PlanningPage() {
  const { user } = useSession();
  const today = useMemo(() => todayIso(), []);
  const range = useMemo(() => timelineRange(today), [today]);
  // A director plans the PMOs they direct; an admin may plan any.
  const directedByMe = user?.role !== 'ADMIN';
  const client = useApolloClient();
  const { data, loading, error, refetch, updateQuery } = useQuery(PLANNING_SEATS_QUERY, {
    variables: { directedByMe, first: SEATS_PAGE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const seats = useMemo(() => data?.seats.edges.map((e) => e.node) ?? [], [data]);
  const seatIds = useMemo(() => seats.map((s) => s.id), [seats]);
  const seatTitles = useMemo(
    () => new Map(seats.map((s) => [s.id, `${s.title}, ${s.pmo.name}`])),
    [seats],
  );
  const rotations = useSeatRotations(seatIds, range.from);
  // Names are asked for the rotations of the seats drawn so far (rows in view, plus overscan),
  // not of every loaded seat: 100 seats hold ~130 people, 11 requests of 12 aliases that held
  // the server while the person went on to the next seats or a stretch's candidates.
  const [drawnSeats, setDrawnSeats] = useState<ReadonlySet<string>>(() => new Set());
  const onDrawnSeatsChange = useCallback(
    (ids: readonly string[]) =>
      setDrawnSeats((current) =>
        ids.every((id) => current.has(id)) ? current : new Set([...current, ...ids]),
      ),
    [],
  );
  const personIds = useMemo(
    () => rotations.rotations.filter((r) => drawnSeats.has(r.seatId)).map((r) => r.personId),
    [rotations.rotations, drawnSeats],
  );
  const { names, loading: namesLoading } = usePersonNames(personIds);
  const nextPage = data?.seats.pageInfo.hasNextPage ? data.seats.pageInfo.endCursor : null;
  const nextPageVariables = useMemo(
    () => (nextPage ? { directedByMe, first: SEATS_PAGE, after: nextPage } : null),
    [directedByMe, nextPage],
  );
  // The next page of seats is fetched into the cache as soon as this one is here, and its
  // rotations once this page's have arrived, so "Show 100 more seats" draws them without a
  // round trip (a click while they are still on their way joins the same requests).
  useEffect(() => {
    if (!nextPageVariables) return;
    const nextSeats = client.query({ query: PLANNING_SEATS_QUERY, variables: nextPageVariables });
    void nextSeats
      .then(({ data: next }) =>
        next && !rotations.loading
          ? loadSeatRotations(
              client,
              next.seats.edges.map((e) => e.node.id),
              range.from,
            )
          : undefined,
      )
      .catch(() => undefined); // the click asks again and shows what goes wrong
  }, [client, nextPageVariables, rotations.loading, range.from]);
  const [selected, setSelected] = useState<SelectedGap | null>(null);
  const [messages, setMessages] = useState<DismissibleMessage[]>([]);

  const say = (text: string, tone: DismissibleMessage['tone']) => {
    messageSequence += 1;
    setMessages((current) => [...current, { id: String(messageSequence), text, tone }]);
  };

  const heading = (
    <PageHeading title="Planning">
      Seats of the PMOs you direct, with their rotations. Choose an open stretch to see who could
      fill it.
    </PageHeading>
  );
  if (!data) {
    return (
      <>
        {heading}
        {loading ? (
          <LoadingState label="Loading your seats…" />
        ) : (
          <ErrorNotice
            message={describeError(error) ?? ''}
            onRetry={() => void refetch().catch(() => undefined)}
          />
        )}
      </>
    );
  }

  return (
    <>
      {heading}
      <DismissibleMessages
        label="Planning messages"
        messages={messages}
        onDismiss={(id) => setMessages((current) => current.filter((m) => m.id !== id))}
      />
      {seats.length === 0 ? (
        <EmptyState title="You have no seats to plan">
          <p>Seats appear here once you direct a PMO that has them.</p>
        </EmptyState>
      ) : (
        // Busy until the rows drawn show their people's names too (scrolling draws new rows).
        <section
          className="card"
          aria-labelledby="timeline-title"
          aria-busy={rotations.loading || namesLoading}
        >
          <div className="timeline-header">
            <h2 id="timeline-title">Seats</h2>
            <p className="muted">
              {seats.length.toLocaleString('en')} of {data.seats.totalCount.toLocaleString('en')}{' '}
              seats
              {rotations.loading ? ' · loading rotations…' : ''}
            </p>
            <ul className="timeline-legend" aria-label="Legend">
              <li>
                <span
                  className="timeline__bar timeline__bar--active legend-swatch"
                  aria-hidden="true"
                />{' '}
                Active
              </li>
              <li>
                <span
                  className="timeline__bar timeline__bar--planned legend-swatch"
                  aria-hidden="true"
                />{' '}
                Planned
              </li>
              <li>
                <span
                  className="timeline__bar timeline__bar--completed legend-swatch"
                  aria-hidden="true"
                />{' '}
                Completed
              </li>
              <li>
                <span className="timeline__gap legend-swatch" aria-hidden="true" /> Open
              </li>
            </ul>
          </div>
          {rotations.errorMessage && (
            <ErrorNotice message={rotations.errorMessage} onRetry={rotations.reload} />
          )}
          <SeatTimeline
            seats={seats}
            rotations={rotations.rotations}
            names={names}
            range={range}
            today={today}
            selected={selected}
            onSelectGap={setSelected}
            onDrawnSeatsChange={onDrawnSeatsChange}
          />
          {nextPageVariables && (
            <button
              type="button"
              className="button button--secondary load-more"
              disabled={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                // Cache-first: usually fetched already, ahead of the click (above).
                client
                  .query({ query: PLANNING_SEATS_QUERY, variables: nextPageVariables })
                  .then(({ data: next }) => {
                    if (!next) return;
                    updateQuery((_, { complete, previousData: previous }) =>
                      !complete
                        ? undefined
                        : {
                            ...next,
                            seats: {
                              ...next.seats,
                              edges: [...previous.seats.edges, ...next.seats.edges],
                            },
                          },
                    );
                  })
                  .catch(() => undefined)
                  .finally(() => setLoadingMore(false));
              }}
            >
              {loadingMore ? 'Loading…' : `Show ${SEATS_PAGE} more seats`}
            </button>
          )}
        </section>
      )}
      {selected && (
        <CandidatePanel
          key={`${selected.seat.id}-${selected.gap.from}`}
          selection={selected}
          policy={data.eligibilityPolicy}
          onAssigned={(text) => {
            say(text, 'success');
            setSelected(null);
            rotations.reload();
          }}
          onConflict={(text) => say(text, 'error')}
          onClose={() => setSelected(null)}
        />
      )}
      <OutcomesDuePanel directedByMe={directedByMe} seatTitles={seatTitles} />
    </>
  );
}
