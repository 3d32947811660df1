import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { formatDay, SEAT_ROLE_LABELS, type IsoDate } from '@stint/domain';
import type { PersonName } from '@stint/web-data-access';
import type { PlannedRotation } from '../hooks/useSeatRotations';
import { monthsIn, placeOnTimeline, seatGaps, type DateRange } from '../utils/timeline';

export interface TimelineSeat {
  id: string;
  title: string;
  role: 'PMO_ANALYST' | 'PMO_MANAGER';
  opensOn: string;
  closesOn: string | null;
  pmo: { id: string; name: string };
}

export interface SelectedGap {
  seat: TimelineSeat;
  gap: DateRange;
}

export interface SeatTimelineProps {
  seats: readonly TimelineSeat[];
  rotations: readonly PlannedRotation[];
  names: ReadonlyMap<string, PersonName>;
  range: DateRange;
  today: IsoDate;
  selected: SelectedGap | null;
  onSelectGap: (selection: SelectedGap) => void;
  /** The seats whose rows are drawn (in view, plus overscan), whenever they change. */
  onDrawnSeatsChange?: (seatIds: readonly string[]) => void;
}

const ROW_HEIGHT = 52;
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
// Below this many seats every row is rendered; above it only the rows in view are.
const VIRTUAL_FROM = 40;

/**
 * Seats down the side, months along the top: rotations as bars, free stretches from today as
 * buttons that open the candidates, today as a line. Rows are virtualised for long lists.
 */
export function SeatTimeline({
  seats,
  rotations,
  names,
  range,
  today,
  selected,
  onSelectGap,
  onDrawnSeatsChange,
}: SeatTimelineProps) {
  const bySeat = useMemo(() => {
    const map = new Map<string, PlannedRotation[]>();
    for (const r of rotations) map.set(r.seatId, [...(map.get(r.seatId) ?? []), r]);
    return map;
  }, [rotations]);
  const months = useMemo(() => monthsIn(range), [range]);
  // Quarter starts: a label on the scale and a faint line down every track.
  const quarters = useMemo(
    () =>
      months
        .filter((m) => /-(01|04|07|10)-01$/.test(m))
        .map((m) => ({ month: m, left: placeOnTimeline(range, { from: m, to: m })?.left ?? 0 })),
    [months, range],
  );
  const todayAt = placeOnTimeline(range, { from: today, to: today });
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = seats.length >= VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? seats.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const items = virtualizer.getVirtualItems();
  const drawnKey = (virtual ? items.map((item) => seats[item.index]) : seats)
    .map((seat) => seat?.id)
    .join(',');
  useEffect(() => {
    onDrawnSeatsChange?.(drawnKey ? drawnKey.split(',') : []);
  }, [drawnKey, onDrawnSeatsChange]);

  const row = (seat: TimelineSeat, style?: CSSProperties) => {
    const seatRotations = bySeat.get(seat.id) ?? [];
    const gaps = seatGaps(seat, seatRotations, today, range.to);
    const label = `${seat.title}, ${seat.pmo.name}`;
    return (
      <div key={seat.id} className="timeline__row" style={style} role="group" aria-label={label}>
        <div className="timeline__seat" title={label}>
          <span className="timeline__seat-title">{seat.title}</span>
          <span className="timeline__seat-meta">
            {seat.pmo.name} · {SEAT_ROLE_LABELS[seat.role]}
          </span>
        </div>
        <div className="timeline__track">
          {quarters.map((q) => (
            <span
              key={q.month}
              className="timeline__gridline"
              style={{ left: `${q.left}%` }}
              aria-hidden="true"
            />
          ))}
          {seatRotations.map((r) => {
            const place = placeOnTimeline(range, { from: r.startsOn, to: r.endsOn });
            if (!place) return null;
            const name = names.get(r.personId)?.fullName ?? '…';
            const text = `${name}, ${formatDay(r.startsOn)} to ${formatDay(r.endsOn)} (${r.status.toLowerCase()})`;
            return (
              // Each bar opens its rotation's page (end early, cancel, record the outcome).
              <Link
                key={r.id}
                to={`/rotations/${r.id}`}
                aria-label={`${text}. Open the rotation`}
                title={text}
                className={`timeline__bar timeline__bar--${r.status.toLowerCase()}`}
                style={{ left: `${place.left}%`, width: `${place.width}%` }}
              >
                <span className="timeline__bar-label" aria-hidden="true">
                  {name}
                </span>
              </Link>
            );
          })}
          {gaps.map((gap) => {
            const place = placeOnTimeline(range, gap);
            if (!place) return null;
            const isSelected = selected?.seat.id === seat.id && selected.gap.from === gap.from;
            return (
              <button
                key={gap.from}
                type="button"
                className={isSelected ? 'timeline__gap timeline__gap--selected' : 'timeline__gap'}
                style={{ left: `${place.left}%`, width: `${place.width}%` }}
                aria-pressed={isSelected}
                aria-label={`Open: ${seat.title} from ${formatDay(gap.from)} to ${formatDay(gap.to)}. Find candidates`}
                onClick={() => onSelectGap({ seat, gap })}
              >
                <span aria-hidden="true">Open</span>
              </button>
            );
          })}
          {todayAt && (
            <span
              className="timeline__today"
              style={{ left: `${todayAt.left}%` }}
              aria-hidden="true"
            />
          )}
        </div>
      </div>
    );
  };

  return (
    <div className="timeline">
      <div className="timeline__scale" aria-hidden="true">
        <div className="timeline__seat" />
        <div className="timeline__track timeline__track--scale">
          {quarters.map((q) => (
            <span key={q.month} className="timeline__tick" style={{ left: `${q.left}%` }}>
              {SHORT_MONTHS[Number(q.month.slice(5, 7)) - 1]} ’{q.month.slice(2, 4)}
            </span>
          ))}
          {todayAt && (
            <span className="timeline__today-label" style={{ left: `${todayAt.left}%` }}>
              Today
            </span>
          )}
        </div>
      </div>
      <p className="visually-hidden">
        Timeline from {formatDay(range.from)} to {formatDay(range.to)}; today is {formatDay(today)}.
        Each seat lists its rotations, then buttons for the open stretches from today.
      </p>
      {virtual ? (
        <div ref={scroller} className="timeline__scroller" tabIndex={0} aria-label="Seats">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) =>
              row(seats[item.index], {
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }),
            )}
          </div>
        </div>
      ) : (
        <div className="timeline__rows">{seats.map((seat) => row(seat))}</div>
      )}
    </div>
  );
}
