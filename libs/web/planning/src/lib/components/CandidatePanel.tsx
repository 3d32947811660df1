import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  addMonths,
  CAREER_LEVEL_LABELS,
  formatDay,
  SEAT_ROLE_LABELS,
  todayIso,
  windowEnd,
  type IsoDate,
} from '@stint/domain';
import { describeError } from '@stint/web-data-access';
import { EmptyState, ErrorNotice, FormField, LoadingState } from '@stint/web-ui';
import { SEAT_CANDIDATES_QUERY } from '../graphql/planning.query';
import { CandidateDetail } from './CandidateDetail';
import type { SelectedGap } from './SeatTimeline';

export interface CandidatePanelProps {
  selection: SelectedGap;
  policy: { minDurationMonths: number; maxDurationMonths: number };
  onAssigned: (message: string) => void;
  onConflict: (message: string) => void;
  onClose: () => void;
}

const CANDIDATES = 20;
const FIRST_SHOWN = 8;

/** For a chosen gap: the window, the ranked candidates with their score parts, one candidate's detail. */
export function CandidatePanel({
  selection,
  policy,
  onAssigned,
  onConflict,
  onClose,
}: CandidatePanelProps) {
  const today = useMemo(() => todayIso(), []);
  const { seat, gap } = selection;
  const heading = useRef<HTMLHeadingElement>(null);
  const [startsOn, setStartsOn] = useState<IsoDate>(gap.from < today ? today : gap.from);
  const [months, setMonths] = useState(policy.minDurationMonths);
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const endsOn = windowEnd(startsOn, months);
  const { data, loading, error, refetch } = useQuery(SEAT_CANDIDATES_QUERY, {
    variables: { seatId: seat.id, startsOn, months, first: CANDIDATES },
  });
  const candidates = data?.candidates ?? [];
  const chosenCandidate = candidates.find((c) => c.personId === chosen);
  const durations: number[] = [];
  for (let m = policy.minDurationMonths; m <= policy.maxDurationMonths; m++) durations.push(m);
  // Starts offered: the gap's first day (or today) and the first of each month inside the gap.
  const starts = useMemo(() => {
    const list: IsoDate[] = [gap.from < today ? today : gap.from];
    let month = `${list[0].slice(0, 7)}-01`;
    for (let i = 0; i < 36; i++) {
      month = addMonths(month, 1);
      if (month > gap.to) break;
      list.push(month);
    }
    return list;
  }, [gap.from, gap.to, today]);

  return (
    <section className="card candidate-panel" aria-labelledby="candidate-panel-title">
      <div className="candidate-panel__header">
        <h2 id="candidate-panel-title" ref={heading} tabIndex={-1}>
          Candidates for {seat.title}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        {seat.pmo.name}, {SEAT_ROLE_LABELS[seat.role]}. Open from {formatDay(gap.from)} to{' '}
        {formatDay(gap.to)}.
      </p>
      <div className="form-row">
        <FormField label="Start">
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={startsOn}
              onChange={(e) => {
                setStartsOn(e.target.value);
                setChosen(null);
              }}
            >
              {starts.map((s) => (
                <option key={s} value={s}>
                  {formatDay(s)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="Length"
          hint={`Ends ${formatDay(endsOn)}${endsOn > gap.to ? ', after the gap closes' : ''}.`}
        >
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={months}
              onChange={(e) => {
                setMonths(Number(e.target.value));
                setChosen(null);
              }}
            >
              {durations.map((m) => (
                <option key={m} value={m}>
                  {m} months
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="candidate-panel__body">
        <div aria-busy={loading}>
          <h3>Ranked candidates</h3>
          {error && !data ? (
            <ErrorNotice
              message={describeError(error) ?? ''}
              onRetry={() => void refetch().catch(() => undefined)}
            />
          ) : !data ? (
            <LoadingState label="Ranking candidates…" />
          ) : candidates.length === 0 ? (
            <EmptyState title="No one is eligible for this seat and window">
              <p>Try a later start or another length.</p>
            </EmptyState>
          ) : (
            <>
              <ol className="candidate-list">
                {(showAll ? candidates : candidates.slice(0, FIRST_SHOWN)).map((c) => (
                  <li
                    key={c.personId}
                    className={c.personId === chosen ? 'candidate candidate--chosen' : 'candidate'}
                  >
                    <div className="candidate__head">
                      <button
                        type="button"
                        className="candidate__choose"
                        aria-pressed={c.personId === chosen}
                        onClick={() => setChosen(c.personId)}
                      >
                        {c.fullName}
                      </button>
                      <span className="candidate__score">
                        Score {Math.round(c.score * 10) / 10}
                      </span>
                    </div>
                    <p className="candidate__meta">
                      {CAREER_LEVEL_LABELS[c.careerLevel]}, {c.departmentName}
                      {c.requestId ? ' · has an open request' : ''}
                    </p>
                    <ul className="score-parts" aria-label={`Score parts of ${c.fullName}`}>
                      {c.parts
                        .filter((p) => p.points !== 0)
                        .map((p) => (
                          <li key={p.code}>
                            {p.label}:{' '}
                            <strong>
                              {p.points > 0 ? '+' : ''}
                              {Math.round(p.points * 10) / 10}
                            </strong>
                          </li>
                        ))}
                    </ul>
                  </li>
                ))}
              </ol>
              {!showAll && candidates.length > FIRST_SHOWN && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setShowAll(true)}
                >
                  Show all {candidates.length} candidates
                </button>
              )}
            </>
          )}
        </div>
        {chosenCandidate && (
          <CandidateDetail
            key={`${chosenCandidate.personId}-${startsOn}-${months}`}
            personId={chosenCandidate.personId}
            fullName={chosenCandidate.fullName}
            seatId={seat.id}
            startsOn={startsOn}
            endsOn={endsOn}
            months={months}
            onAssigned={onAssigned}
            onConflict={onConflict}
          />
        )}
      </div>
    </section>
  );
}
