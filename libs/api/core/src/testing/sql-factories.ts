import type { Client, PoolClient } from 'pg';

type Db = Pick<Client | PoolClient, 'query'>;
let counter = 0;
const next = () => ++counter;

/** Small row factories for database-level tests: sensible defaults, override what matters. */
export async function insertDepartment(
  db: Db,
  over: Partial<{ code: string; awayCap: number; coverageTarget: number }> = {},
) {
  const n = next();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO department (code, name, away_cap, coverage_target) VALUES ($1, $2, $3, $4) RETURNING id`,
    [over.code ?? `D${n}`, `Department ${n}`, over.awayCap ?? 0.2, over.coverageTarget ?? 0.3],
  );
  return rows[0].id;
}

export async function insertPerson(
  db: Db,
  departmentId: string,
  over: Partial<{
    email: string;
    employeeNumber: string;
    level: string;
    pmSince: string;
    hiredOn: string;
    leftOn: string | null;
  }> = {},
) {
  const n = next();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO person (employee_number, full_name, email, department_id, career_level, pm_since, hired_on, left_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      over.employeeNumber ?? `E${String(n).padStart(6, '0')}`,
      `Person ${n}`,
      over.email ?? `person${n}@example.test`,
      departmentId,
      over.level ?? 'PROJECT_MANAGER',
      over.pmSince ?? '2018-01-01',
      over.hiredOn ?? '2018-01-01',
      over.leftOn ?? null,
    ],
  );
  return rows[0].id;
}

export async function insertPmoWithSeat(
  db: Db,
  over: Partial<{ opensOn: string; closesOn: string | null; role: string }> = {},
) {
  const n = next();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO pmo (name, scope) VALUES ($1, 'ENTERPRISE') RETURNING id`,
    [`Enterprise PMO ${n}`],
  );
  const seat = await db.query<{ id: string }>(
    `INSERT INTO seat (pmo_id, role, title, opens_on, closes_on) VALUES ($1, $2, 'Analyst', $3, $4) RETURNING id`,
    [rows[0].id, over.role ?? 'PMO_ANALYST', over.opensOn ?? '2020-01-01', over.closesOn ?? null],
  );
  return { pmoId: rows[0].id, seatId: seat.rows[0].id };
}

export async function insertRotation(
  db: Db,
  values: {
    personId: string;
    seatId: string;
    startsOn: string;
    endsOn: string;
    cancelled?: boolean;
  },
) {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on, cancelled_at, cancel_reason)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      values.personId,
      values.seatId,
      values.startsOn,
      values.endsOn,
      values.cancelled ? new Date() : null,
      values.cancelled ? 'test' : null,
    ],
  );
  return rows[0].id;
}
