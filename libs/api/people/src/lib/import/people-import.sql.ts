/** The set-based SQL behind the people import (see PeopleImportService). */
import type { FieldChange, ImportAction } from './people-import.model';

export const CREATE_IMPORT_TABLE = `
  CREATE TEMP TABLE person_import (
    line            integer NOT NULL,
    employee_number text NOT NULL,
    full_name       text NOT NULL,
    email           text NOT NULL,
    department_id   uuid NOT NULL,
    career_level    text NOT NULL,
    pm_since        date NOT NULL,
    hired_on        date NOT NULL,
    left_on         date,
    on_leave        boolean NOT NULL,
    effective_on    date,
    person_id       uuid,
    old_department_id uuid,
    old_career_level  text,
    old_on_leave      boolean,
    old_hired_on      date,
    action          text NOT NULL,
    problem_column  text,
    problem         text
  ) ON COMMIT DROP`;

/**
 * Stages the checked rows and decides each one's action against the current person rows.
 * $11: the file has no left_on column, so existing people keep theirs. A row is an ERROR when
 * its e-mail belongs to someone else in the database, or when the kept left_on would precede
 * the new hired_on. $12: each row's effective_on (null = today). The old department, level, leave
 * and hire are kept beside each row, for recording history after the person rows change.
 */
export const LOAD_IMPORT_ROWS = `
  WITH incoming AS (
    SELECT u.line, u.employee_number, u.full_name, u.email, u.department_id, u.career_level,
           u.pm_since, u.hired_on, u.effective_on,
           CASE WHEN $11::boolean AND p.id IS NOT NULL THEN p.left_on ELSE u.left_on END AS left_on,
           coalesce(u.on_leave, p.on_leave, false) AS on_leave,
           p.id AS person_id,
           p.full_name AS old_full_name, p.email AS old_email, p.department_id AS old_department_id,
           p.career_level AS old_career_level, p.pm_since AS old_pm_since, p.hired_on AS old_hired_on,
           p.left_on AS old_left_on, p.on_leave AS old_on_leave
      FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[],
                  $7::date[], $8::date[], $9::date[], $10::boolean[], $12::date[])
             AS u(line, employee_number, full_name, email, department_id, career_level, pm_since, hired_on, left_on, on_leave, effective_on)
      LEFT JOIN person p ON p.employee_number = u.employee_number
  )
  INSERT INTO person_import
  SELECT i.line, i.employee_number, i.full_name, i.email, i.department_id, i.career_level, i.pm_since,
         i.hired_on, i.left_on, i.on_leave, i.effective_on, i.person_id,
         i.old_department_id, i.old_career_level, i.old_on_leave, i.old_hired_on,
         CASE
           WHEN holder.employee_number IS NOT NULL OR i.left_on < i.hired_on THEN 'ERROR'
           WHEN i.person_id IS NULL THEN 'CREATE'
           WHEN (i.full_name, i.email, i.department_id, i.career_level, i.pm_since, i.hired_on, i.left_on, i.on_leave)
                IS DISTINCT FROM
                (i.old_full_name, i.old_email, i.old_department_id, i.old_career_level, i.old_pm_since,
                 i.old_hired_on, i.old_left_on, i.old_on_leave) THEN 'UPDATE'
           ELSE 'UNCHANGED'
         END,
         CASE WHEN holder.employee_number IS NOT NULL THEN 'email' WHEN i.left_on < i.hired_on THEN 'hired_on' END,
         CASE
           WHEN holder.employee_number IS NOT NULL
             THEN 'The e-mail ' || i.email || ' belongs to employee ' || holder.employee_number
           WHEN i.left_on < i.hired_on
             THEN 'hired_on (' || i.hired_on || ') must not be after the left_on on record (' || i.left_on || ')'
         END
    FROM incoming i
    -- e-mails are unique in person, so this join adds at most one row per incoming row
    LEFT JOIN person holder ON lower(holder.email) = lower(i.email) AND holder.employee_number <> i.employee_number`;

/** Inserts new people and updates changed ones; unchanged rows keep their version. */
export const APPLY_IMPORT = `
  WITH applied AS (
    INSERT INTO person AS p (employee_number, full_name, email, department_id, career_level, pm_since, hired_on, left_on, on_leave)
    SELECT employee_number, full_name, email, department_id, career_level, pm_since, hired_on, left_on, on_leave
      FROM person_import
     WHERE action IN ('CREATE', 'UPDATE')
    ON CONFLICT (employee_number) DO UPDATE
       SET full_name = EXCLUDED.full_name, email = EXCLUDED.email, department_id = EXCLUDED.department_id,
           career_level = EXCLUDED.career_level, pm_since = EXCLUDED.pm_since, hired_on = EXCLUDED.hired_on,
           left_on = EXCLUDED.left_on, on_leave = EXCLUDED.on_leave,
           version = p.version + 1, updated_at = now()
     WHERE (p.full_name, p.email, p.department_id, p.career_level, p.pm_since, p.hired_on, p.left_on, p.on_leave)
           IS DISTINCT FROM
           (EXCLUDED.full_name, EXCLUDED.email, EXCLUDED.department_id, EXCLUDED.career_level, EXCLUDED.pm_since,
            EXCLUDED.hired_on, EXCLUDED.left_on, EXCLUDED.on_leave)
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM applied`;

/** An UPDATE row changes what history holds (department, level or leave). */
const CHANGES_HISTORY = `i.action = 'UPDATE'
  AND (i.department_id, i.career_level, i.on_leave)
      IS DISTINCT FROM (i.old_department_id, i.old_career_level, i.old_on_leave)`;

/**
 * Recording history for an applied import, which runs with the history triggers set aside
 * (`stint.person_history = 'manual'`) because rows may take effect on different days while the
 * trigger reads one date per statement. These do what the triggers do, set-based where they
 * can be: new people get one stretch from their hire; an earlier hire moves the first stretch
 * back; each changed department, level or leave applies from the row's effective date ($1 when
 * it has none) on, through the same person_history_set the triggers call.
 */
export const RECORD_IMPORT_HISTORY = [
  `INSERT INTO person_history (person_id, valid_from, department_id, career_level, on_leave)
   SELECT p.id, p.hired_on, p.department_id, p.career_level, p.on_leave
     FROM person_import i JOIN person p ON p.employee_number = i.employee_number
    WHERE i.action = 'CREATE'`,
  `UPDATE person_history h SET valid_from = i.hired_on
     FROM person_import i
    WHERE i.action = 'UPDATE' AND i.hired_on < i.old_hired_on
      AND h.person_id = i.person_id AND h.valid_from > i.hired_on
      AND h.valid_from = (SELECT min(valid_from) FROM person_history f WHERE f.person_id = i.person_id)`,
  `SELECT count(*)::int AS n FROM (
     SELECT person_history_set(
              i.person_id, coalesce(i.effective_on, $1::date), NULL,
              CASE WHEN i.department_id IS DISTINCT FROM i.old_department_id THEN i.department_id END,
              CASE WHEN i.career_level IS DISTINCT FROM i.old_career_level THEN i.career_level END,
              CASE WHEN i.on_leave IS DISTINCT FROM i.old_on_leave THEN i.on_leave END)
       FROM person_import i
      WHERE ${CHANGES_HISTORY}
   ) applied`,
] as const;

/**
 * The first staged rows with the values they would replace, for the answer's `rows`; $2 is
 * today, the effective date of a row that changes history without naming one.
 */
export const FIRST_ROWS = `
  SELECT i.line, i.employee_number, i.action,
         CASE WHEN ${CHANGES_HISTORY} THEN coalesce(i.effective_on, $2::date)::text END AS effective_on,
         i.full_name, i.email, d.code AS department_code, i.career_level,
         i.pm_since::text AS pm_since, i.hired_on::text AS hired_on, i.left_on::text AS left_on, i.on_leave,
         p.full_name AS old_full_name, p.email AS old_email, od.code AS old_department_code,
         p.career_level AS old_career_level, p.pm_since::text AS old_pm_since, p.hired_on::text AS old_hired_on,
         p.left_on::text AS old_left_on, p.on_leave AS old_on_leave
    FROM (SELECT * FROM person_import ORDER BY line LIMIT $1) i
    JOIN department d ON d.id = i.department_id
    LEFT JOIN person p ON p.id = i.person_id
    LEFT JOIN department od ON od.id = p.department_id
   ORDER BY i.line`;

export interface StagedRow {
  line: number;
  employee_number: string;
  action: ImportAction;
  effective_on: string | null;
  full_name: string;
  email: string;
  department_code: string;
  career_level: string;
  pm_since: string;
  hired_on: string;
  left_on: string | null;
  on_leave: boolean;
  old_full_name: string | null;
  old_email: string | null;
  old_department_code: string | null;
  old_career_level: string | null;
  old_pm_since: string | null;
  old_hired_on: string | null;
  old_left_on: string | null;
  old_on_leave: boolean | null;
}

const COMPARED = [
  ['fullName', 'full_name', 'old_full_name'],
  ['email', 'email', 'old_email'],
  ['departmentCode', 'department_code', 'old_department_code'],
  ['careerLevel', 'career_level', 'old_career_level'],
  ['pmSince', 'pm_since', 'old_pm_since'],
  ['hiredOn', 'hired_on', 'old_hired_on'],
  ['leftOn', 'left_on', 'old_left_on'],
  ['onLeave', 'on_leave', 'old_on_leave'],
] as const satisfies readonly (readonly [string, keyof StagedRow, keyof StagedRow])[];

/** For CREATE every value; for UPDATE what differs; nothing for UNCHANGED or ERROR rows. */
export function toChanges(row: StagedRow): FieldChange[] {
  if (row.action !== 'CREATE' && row.action !== 'UPDATE') return [];
  const text = (value: StagedRow[keyof StagedRow]) =>
    value === null || value === undefined ? null : String(value);
  return COMPARED.flatMap(([field, now, before]) => {
    const to = text(row[now]);
    const from = row.action === 'CREATE' ? null : text(row[before]);
    return from === to || (row.action === 'CREATE' && to === null) ? [] : [{ field, from, to }];
  });
}
