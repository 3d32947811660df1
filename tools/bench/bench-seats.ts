// The seats `candidates` is timed on (issue 11, item 3), picked from the generated data by fixed
// rules, so every size and every run asks the same kind of question without the generator having
// to name them:
// - a popular manager seat: a PMO_MANAGER seat of the PMO most open requests prefer;
// - an analyst seat in the PMO with the most seats;
// - a seat whose 24-month window crosses the most department-months at the away cap (where one
//   more person away would break the cap, so AWAY_CAP decides for everyone from there);
// - a window starting mid-month (people away earlier in its first month are judged month by month).
import type { Client } from 'pg';
import { addDays, addMonths, type IsoDate } from '@stint/domain';

export interface BenchSeat {
  label: string;
  seatId: string;
  startsOn: IsoDate;
  months: number;
  /** What made it the pick, for the report. */
  why: string;
}

/** Seats open for the whole window [startsOn, startsOn + months), best first by `order`. */
async function openSeat(
  client: Client,
  role: 'PMO_ANALYST' | 'PMO_MANAGER',
  startsOn: IsoDate,
  months: number,
  pmoOrder: string,
): Promise<{ id: string; pmo: string; score: number } | undefined> {
  const windowEnd = addMonths(startsOn, months);
  const { rows } = await client.query<{ id: string; pmo: string; score: number }>(
    `WITH ranked AS (${pmoOrder})
     SELECT s.id, p.name AS pmo, ranked.score::int AS score
     FROM seat s JOIN pmo p ON p.id = s.pmo_id JOIN ranked ON ranked.pmo_id = s.pmo_id
     WHERE s.role = $1 AND s.opens_on <= $2::date AND (s.closes_on IS NULL OR s.closes_on >= $3::date)
     ORDER BY ranked.score DESC, p.name, s.title, s.id
     LIMIT 1`,
    [role, startsOn, windowEnd],
  );
  return rows[0];
}

export async function benchSeats(client: Client, anchor: IsoDate): Promise<BenchSeat[]> {
  const startsOn = addMonths(`${anchor.slice(0, 7)}-01`, 2);
  const seats: BenchSeat[] = [];

  const popular = await openSeat(
    client,
    'PMO_MANAGER',
    startsOn,
    12,
    `SELECT p.id AS pmo_id, count(r.id) AS score FROM pmo p
       LEFT JOIN rotation_request r ON r.preferred_pmo_id = p.id AND r.status = 'SUBMITTED'
     GROUP BY p.id`,
  );
  if (popular)
    seats.push({
      label: 'popular manager seat',
      seatId: popular.id,
      startsOn,
      months: 12,
      why: `${popular.pmo}: ${popular.score} open requests prefer it`,
    });

  const large = await openSeat(
    client,
    'PMO_ANALYST',
    startsOn,
    12,
    `SELECT pmo_id, count(*) AS score FROM seat GROUP BY pmo_id`,
  );
  if (large)
    seats.push({
      label: 'analyst seat in the largest PMO',
      seatId: large.id,
      startsOn,
      months: 12,
      why: `${large.pmo}: ${large.score} seats`,
    });

  // The 24-month window (the default policy's longest) from the month, in the year after the
  // anchor, that crosses the most department-months at the away cap.
  const months = 24;
  const { rows } = await client.query<{ startsOn: IsoDate; atCap: number }>(
    `WITH months AS (
       SELECT m::date AS first, (m + interval '1 month' - interval '1 day')::date AS last
       FROM generate_series($1::date, $1::date + interval '35 months', interval '1 month') m),
     head AS (
       SELECT mo.first, p.department_id, count(*) AS n
       FROM months mo JOIN person p ON p.hired_on <= mo.last AND (p.left_on IS NULL OR p.left_on > mo.last)
       GROUP BY 1, 2),
     away AS (
       SELECT mo.first, p.department_id, count(DISTINCT r.person_id) AS n
       FROM months mo
       JOIN rotation r ON r.cancelled_at IS NULL AND r.starts_on <= mo.last AND r.ends_on >= mo.last
       JOIN person p ON p.id = r.person_id
       GROUP BY 1, 2),
     at_cap AS (
       SELECT h.first, count(*) AS departments
       FROM head h JOIN department d ON d.id = h.department_id
       LEFT JOIN away a ON a.first = h.first AND a.department_id = h.department_id
       WHERE coalesce(a.n, 0) + 1 > d.away_cap * h.n
       GROUP BY h.first)
     SELECT to_char(mo.first, 'YYYY-MM-DD') AS "startsOn",
            (SELECT coalesce(sum(c.departments), 0) FROM at_cap c
             WHERE c.first >= mo.first AND c.first < mo.first + make_interval(months => $2))::int AS "atCap"
     FROM months mo WHERE mo.first <= $1::date + interval '12 months'
     ORDER BY 2 DESC, 1 LIMIT 1`,
    [startsOn, months],
  );
  const capStart = rows[0]?.startsOn ?? startsOn;
  const capped = await openSeat(
    client,
    'PMO_ANALYST',
    capStart,
    months,
    `SELECT id AS pmo_id, 0 AS score FROM pmo`,
  );
  if (capped)
    seats.push({
      label: 'window across away-cap months',
      seatId: capped.id,
      startsOn: capStart,
      months,
      why: `${capped.pmo}, ${months} months from ${capStart}: ${rows[0]?.atCap ?? 0} department-months at the cap`,
    });

  // A window starting mid-month, as Planning asks for a stretch open today: everyone away earlier
  // in its first month (a rotation ending before the window) is judged month by month. The three
  // windows above start on a month's first day and have none; a change that let the planner drive
  // that judging through every department's people went unseen there (docs/decisions.md,
  // "Candidates read a rollup of away runs").
  const midMonth = addDays(anchor, 14);
  const mid = await openSeat(
    client,
    'PMO_ANALYST',
    midMonth,
    12,
    `SELECT id AS pmo_id, 0 AS score FROM pmo`,
  );
  if (mid) {
    const { rows: before } = await client.query<{ n: number }>(
      `SELECT count(DISTINCT person_id)::int AS n FROM rotation
        WHERE cancelled_at IS NULL AND ends_on >= date_trunc('month', $1::date) AND ends_on < $1::date`,
      [midMonth],
    );
    seats.push({
      label: 'window starting mid-month',
      seatId: mid.id,
      startsOn: midMonth,
      months: 12,
      why: `${mid.pmo}, 12 months from ${midMonth}: ${before[0]?.n ?? 0} people away earlier in its first month`,
    });
  }

  if (seats.length === 0) throw new Error('no seat is open for a benchmark window');
  return seats;
}
