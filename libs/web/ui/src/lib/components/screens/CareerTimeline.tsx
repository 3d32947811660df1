import { useMemo, useState } from 'react';
import { formatDay } from '@stint/domain';
import {
  careerTimelineLayout,
  describePeriod,
  type CareerTimelineInput,
} from '../../utils/careerTimeline';

export interface CareerTimelineProps extends CareerTimelineInput {
  /** Whose career, for the caption ("Career path of Ada Lovelace"). */
  subject: string;
}

const HINT = 'Choose a bar (or tab to it) to read its dates here.';

/**
 * A person's career on one time axis: career level, department, leave and PMO rotations as
 * lanes of bars. Every bar is a button that names itself in full and shows its dates in the
 * line below; the same facts are in a table for anyone who prefers one.
 */
export function CareerTimeline({
  subject,
  hiredOn,
  leftOn,
  today,
  history,
  rotations: rotationList,
}: CareerTimelineProps) {
  const layout = useMemo(
    () => careerTimelineLayout({ hiredOn, leftOn, today, history, rotations: rotationList }),
    [hiredOn, leftOn, today, history, rotationList],
  );
  const [detail, setDetail] = useState<string | null>(null);
  const rotations = layout.lanes.find((lane) => lane.key === 'rotation')?.segments ?? [];

  return (
    <figure className="career-timeline" aria-label={`Career path of ${subject}`}>
      <p className="visually-hidden">
        Timeline from {formatDay(layout.from)} to {formatDay(layout.to)}, one row each for career
        level, department, leave and PMO rotations. The table after it lists the same history.
      </p>
      <div className="career-timeline__scale" aria-hidden="true">
        <span className="career-timeline__lane-title" />
        <span className="career-timeline__track career-timeline__track--scale">
          {/* The starting year, unless the next year's mark sits close enough to crowd it. */}
          {(layout.years[0]?.left ?? 100) > 8 && (
            <span className="career-timeline__tick" style={{ left: 0 }}>
              {layout.from.slice(0, 4)}
            </span>
          )}
          {layout.years.map((y) => (
            <span key={y.year} className="career-timeline__tick" style={{ left: `${y.left}%` }}>
              {y.year}
            </span>
          ))}
          {layout.todayAt !== null && (
            <span className="career-timeline__today-label" style={{ left: `${layout.todayAt}%` }}>
              Today
            </span>
          )}
        </span>
      </div>
      {layout.lanes.map((lane) => (
        <div key={lane.key} className="career-timeline__lane" role="group" aria-label={lane.title}>
          <span className="career-timeline__lane-title" aria-hidden="true">
            {lane.title}
          </span>
          <ul className="career-timeline__track">
            {lane.segments.length === 0 && (
              <li className="career-timeline__none">
                {lane.key === 'leave' ? 'No leave on record' : 'None'}
              </li>
            )}
            {lane.segments.map((segment) => (
              <li
                key={segment.key}
                className="career-timeline__item"
                style={{ left: `${segment.left}%`, width: `${segment.width}%` }}
              >
                <button
                  type="button"
                  className={`career-timeline__bar career-timeline__bar--${segment.tone}`}
                  aria-label={segment.description}
                  title={segment.description}
                  aria-pressed={detail === segment.description}
                  onFocus={() => setDetail(segment.description)}
                  onClick={() => setDetail(segment.description)}
                >
                  <span aria-hidden="true">{segment.label}</span>
                </button>
              </li>
            ))}
          </ul>
          {layout.todayAt !== null && (
            <span
              className="career-timeline__today"
              style={{ left: `calc(9rem + (100% - 9rem) * ${layout.todayAt / 100})` }}
              aria-hidden="true"
            />
          )}
        </div>
      ))}
      <p className="career-timeline__detail" aria-live="polite">
        {detail ?? HINT}
      </p>
      <details className="career-timeline__table">
        <summary>Show the career path as a table</summary>
        <table className="data-table">
          <caption>Career path of {subject}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Career level</th>
              <th scope="col">Department</th>
              <th scope="col">Leave</th>
            </tr>
          </thead>
          <tbody>
            {layout.table.map((row) => (
              <tr key={row.from}>
                <td>{describePeriod(row.from, row.to)}</td>
                <td>{row.level}</td>
                <td>{row.department}</td>
                <td>{row.leave}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rotations.length > 0 && (
          <ul>
            {rotations.map((r) => (
              <li key={r.key}>{r.description}</li>
            ))}
          </ul>
        )}
      </details>
    </figure>
  );
}
