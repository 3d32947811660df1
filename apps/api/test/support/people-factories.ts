import type { Client } from 'pg';

export const IMPORT_HEADER =
  'employee_number,full_name,email,department_code,career_level,pm_since,hired_on,left_on,on_leave';

/** One CSV line for the import, with sensible defaults; values are written as given (quote them yourself). */
export function csvRow(n: number, over: Partial<Record<string, string>> = {}): string {
  return [
    over['employee_number'] ?? `IMP${String(n).padStart(5, '0')}`,
    over['full_name'] ?? `Imported Person ${n}`,
    over['email'] ?? `imported${n}@example.test`,
    over['department_code'] ?? 'FIN',
    over['career_level'] ?? 'PROJECT_MANAGER',
    over['pm_since'] ?? '2019-03-01',
    over['hired_on'] ?? '2018-01-15',
    over['left_on'] ?? '',
    over['on_leave'] ?? 'false',
  ].join(',');
}

export function csvFile(lines: string[], header = IMPORT_HEADER): string {
  return [header, ...lines].join('\n') + '\n';
}

/** Every person row with its version and last update, for before/after comparisons. */
export async function peopleSnapshot(db: Client): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(
    `SELECT id, employee_number, full_name, email, department_id, career_level, pm_since::text, hired_on::text,
            left_on::text, on_leave, version, updated_at
       FROM person ORDER BY employee_number`,
  );
  return rows;
}

export async function departmentsSnapshot(db: Client): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(
    `SELECT id, code, name, parent_id, coverage_target::float AS coverage_target, away_cap::float AS away_cap, version
       FROM department ORDER BY code`,
  );
  return rows;
}

export async function auditCount(db: Client, action?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_event WHERE $1::text IS NULL OR action = $1`,
    [action ?? null],
  );
  return rows[0].n;
}

export async function lastAudit(db: Client, action: string) {
  const { rows } = await db.query<{
    actor_user_id: string | null;
    entity_id: string;
    before: unknown;
    after: unknown;
  }>(
    `SELECT actor_user_id, entity_id, before, after FROM audit_event WHERE action = $1 ORDER BY id DESC LIMIT 1`,
    [action],
  );
  return rows[0];
}
