import {
  addDays,
  CAREER_LEVEL_LABELS,
  formatDay,
  parseIsoDate,
  type CareerLevel,
  type IsoDate,
} from '@stint/domain';

/** One stretch of Person.history: [validFrom, validTo), validTo null = still so. */
export interface CareerStretch {
  validFrom: IsoDate;
  validTo: IsoDate | null;
  careerLevel: CareerLevel;
  onLeave: boolean;
  department: { name: string; code?: string };
}

export interface CareerRotation {
  id: string;
  startsOn: IsoDate;
  /** Inclusive, as rotations are. */
  endsOn: IsoDate;
  status: string;
  /** What the rotation is called on the timeline, e.g. the seat and PMO. */
  label: string;
}

export interface CareerTimelineInput {
  hiredOn: IsoDate;
  leftOn: IsoDate | null;
  today: IsoDate;
  history: readonly CareerStretch[];
  rotations: readonly CareerRotation[];
}

export type CareerLaneKey = 'level' | 'department' | 'leave' | 'rotation';

export interface CareerSegment {
  key: string;
  /** First day. */
  from: IsoDate;
  /** Last day (inclusive); null while it lasts. */
  to: IsoDate | null;
  /** Position on the track, in percent of its width. */
  left: number;
  width: number;
  /** The short text drawn in the bar. */
  label: string;
  /** The whole sentence, for screen readers, tooltips and the detail line. */
  description: string;
  /** A modifier for the bar's colour: the level, 'department-0..n', 'leave' or a status. */
  tone: string;
}

export interface CareerLane {
  key: CareerLaneKey;
  title: string;
  segments: CareerSegment[];
}

export interface CareerTableRow {
  from: IsoDate;
  to: IsoDate | null;
  level: string;
  department: string;
  leave: string;
}

export interface CareerTimelineLayout {
  /** The days the track spans: from the first day on record to today (or the last day worked, or a later rotation end). */
  from: IsoDate;
  to: IsoDate;
  /** 1 January of each year inside the range. */
  years: { year: string; left: number }[];
  todayAt: number | null;
  lanes: CareerLane[];
  /** The history as rows for the table alternative, oldest first, with rotations beside. */
  table: CareerTableRow[];
}

const DAY_MS = 86_400_000;
const daysBetween = (a: IsoDate, b: IsoDate) =>
  Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / DAY_MS);
const min = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const max = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** "from 1 March 2020 to 30 June 2024", or "since 1 March 2020" while it lasts. */
export function describePeriod(from: IsoDate, to: IsoDate | null): string {
  return to === null
    ? `since ${formatDay(from)}`
    : from === to
      ? `on ${formatDay(from)}`
      : `from ${formatDay(from)} to ${formatDay(to)}`;
}

interface Run<T> {
  value: T;
  from: IsoDate;
  /** Exclusive end; null = open. */
  until: IsoDate | null;
}

/** Adjacent stretches with the same value of one attribute, merged. */
function runsOf<T>(history: readonly CareerStretch[], valueOf: (s: CareerStretch) => T): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const stretch of history) {
    const value = valueOf(stretch);
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.until === stretch.validFrom)
      last.until = stretch.validTo;
    else runs.push({ value, from: stretch.validFrom, until: stretch.validTo });
  }
  return runs;
}

/**
 * Lays a person's career out on one time axis: a lane each for career level, department, leave
 * and PMO rotations, plus the same facts as table rows. Pure, so the drawing stays dumb and
 * this is what the tests pin down.
 */
export function careerTimelineLayout(input: CareerTimelineInput): CareerTimelineLayout {
  const history = [...input.history].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const rotations = input.rotations.filter((r) => r.status !== 'CANCELLED');
  const start = min(input.hiredOn, history[0]?.validFrom ?? input.hiredOn);
  // The last day anything is shown for: today while employed, the last day worked after.
  const lastWorked = input.leftOn ? addDays(input.leftOn, -1) : null;
  let end = lastWorked && lastWorked < input.today ? lastWorked : input.today;
  for (const r of rotations) end = max(end, r.endsOn);
  end = max(end, start);
  const total = daysBetween(start, end) + 1;

  // A history stretch still open runs to the last day worked (or, while employed, on).
  const closeAt = (until: IsoDate | null): { to: IsoDate | null; drawTo: IsoDate } => {
    if (until !== null) return { to: addDays(until, -1), drawTo: addDays(until, -1) };
    if (lastWorked) return { to: lastWorked, drawTo: min(lastWorked, end) };
    return { to: null, drawTo: end };
  };
  const place = (from: IsoDate, drawTo: IsoDate) => {
    const a = max(from, start);
    const b = min(drawTo, end);
    return {
      left: (daysBetween(start, a) / total) * 100,
      width: (Math.max(0, daysBetween(a, b) + 1) / total) * 100,
    };
  };

  const level: CareerSegment[] = runsOf(history, (s) => s.careerLevel).map((run) => {
    const { to, drawTo } = closeAt(run.until);
    const label = CAREER_LEVEL_LABELS[run.value];
    return {
      key: `level-${run.from}`,
      from: run.from,
      to,
      ...place(run.from, drawTo),
      label,
      description: `${label} ${describePeriod(run.from, to)}`,
      tone: `level-${run.value.toLowerCase().replaceAll('_', '-')}`,
    };
  });

  const departmentNames: string[] = [];
  const department: CareerSegment[] = runsOf(history, (s) => s.department.name).map((run) => {
    const { to, drawTo } = closeAt(run.until);
    if (!departmentNames.includes(run.value)) departmentNames.push(run.value);
    return {
      key: `department-${run.from}`,
      from: run.from,
      to,
      ...place(run.from, drawTo),
      label: run.value,
      description: `In ${run.value} ${describePeriod(run.from, to)}`,
      // Colours cycle so two neighbouring departments never share one.
      tone: `department-${departmentNames.indexOf(run.value) % 4}`,
    };
  });

  const leave: CareerSegment[] = runsOf(history, (s) => s.onLeave)
    .filter((run) => run.value)
    .map((run) => {
      const { to, drawTo } = closeAt(run.until);
      return {
        key: `leave-${run.from}`,
        from: run.from,
        to,
        ...place(run.from, drawTo),
        label: 'On leave',
        description: `On leave ${describePeriod(run.from, to)}`,
        tone: 'leave',
      };
    });

  const rotation: CareerSegment[] = [...rotations]
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1))
    .map((r) => ({
      key: `rotation-${r.id}`,
      from: r.startsOn,
      to: r.endsOn,
      ...place(r.startsOn, r.endsOn),
      label: r.label,
      description: `PMO rotation: ${r.label}, ${describePeriod(r.startsOn, r.endsOn)} (${r.status.toLowerCase()})`,
      tone: r.status.toLowerCase(),
    }));

  const years: { year: string; left: number }[] = [];
  for (let y = Number(start.slice(0, 4)) + 1; `${y}-01-01` <= end; y++) {
    years.push({ year: String(y), left: place(`${y}-01-01`, `${y}-01-01`).left });
  }
  const todayAt =
    input.today >= start && input.today <= end ? place(input.today, input.today).left : null;

  return {
    from: start,
    to: end,
    years,
    todayAt,
    lanes: [
      { key: 'level', title: 'Career level', segments: level },
      { key: 'department', title: 'Department', segments: department },
      { key: 'leave', title: 'Leave', segments: leave },
      { key: 'rotation', title: 'PMO rotations', segments: rotation },
    ],
    table: history.map((s) => ({
      from: s.validFrom,
      to: closeAt(s.validTo).to,
      level: CAREER_LEVEL_LABELS[s.careerLevel],
      department: s.department.name,
      leave: s.onLeave ? 'On leave' : '—',
    })),
  };
}
