import type { Client } from 'pg';

let counter = 0;

/** A PMO straight into the table (ENTERPRISE unless told), with these directors. */
export async function insertPmo(
  db: Client,
  over: Partial<{
    name: string;
    scope: string;
    departmentId: string | null;
    programName: string | null;
    directorIds: string[];
  }> = {},
): Promise<string> {
  counter += 1;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO pmo (name, scope, department_id, program_name) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      over.name ?? `PMO ${counter}`,
      over.scope ?? 'ENTERPRISE',
      over.departmentId ?? null,
      over.programName ?? null,
    ],
  );
  for (const userId of over.directorIds ?? []) {
    await db.query(`INSERT INTO pmo_director (pmo_id, user_id) VALUES ($1, $2)`, [
      rows[0].id,
      userId,
    ]);
  }
  return rows[0].id;
}

export async function insertSeat(
  db: Client,
  pmoId: string,
  over: Partial<{ role: string; title: string; opensOn: string; closesOn: string | null }> = {},
): Promise<string> {
  counter += 1;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO seat (pmo_id, role, title, opens_on, closes_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      pmoId,
      over.role ?? 'PMO_ANALYST',
      over.title ?? `Seat ${counter}`,
      over.opensOn ?? '2020-01-01',
      over.closesOn ?? null,
    ],
  );
  return rows[0].id;
}

/** Row counts of everything a PMO or seat mutation may write, to prove a refusal wrote nothing. */
export async function pmoTableCounts(db: Client): Promise<Record<string, number>> {
  const { rows } = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM pmo)::int AS pmo,
            (SELECT count(*) FROM pmo_director)::int AS pmo_director,
            (SELECT count(*) FROM seat)::int AS seat,
            (SELECT count(*) FROM audit_event)::int AS audit_event`,
  );
  return rows[0];
}

export async function pmoRow(db: Client, id: string) {
  const { rows } = await db.query(
    `SELECT p.*, ARRAY(SELECT user_id::text FROM pmo_director d WHERE d.pmo_id = p.id ORDER BY user_id) AS director_ids
       FROM pmo p WHERE p.id = $1`,
    [id],
  );
  return rows[0];
}

export async function seatRow(db: Client, id: string) {
  const { rows } = await db.query(`SELECT * FROM seat WHERE id = $1`, [id]);
  return rows[0];
}

export async function auditEventsFor(db: Client, entityId: string) {
  const { rows } = await db.query<{
    action: string;
    actor_user_id: string | null;
    entity_type: string;
    before: unknown;
    after: unknown;
  }>(
    `SELECT action, actor_user_id, entity_type, before, after FROM audit_event WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  );
  return rows;
}
