import type { Client } from 'pg';
import {
  FIXTURE_DEPARTMENTS,
  FIXTURE_MOVES,
  FIXTURE_PEOPLE,
  FIXTURE_PMOS,
  FIXTURE_REQUESTS,
  FIXTURE_ROTATIONS,
  FIXTURE_SEATS,
} from '@stint/domain/testing';

/** Writes the hand-built analytics fixture (libs/domain/src/testing/coverage-fixture.ts). */
export async function insertCoverageFixture(db: Client): Promise<void> {
  for (const d of FIXTURE_DEPARTMENTS) {
    await db.query(
      `INSERT INTO department (id, code, name, coverage_target, away_cap) VALUES ($1, $2, $3, $4, $5)`,
      [d.id, d.code, d.name, d.coverageTarget, d.awayCap],
    );
  }
  for (const [i, p] of FIXTURE_PEOPLE.entries()) {
    await db.query(
      `INSERT INTO person (id, employee_number, full_name, email, department_id, career_level, pm_since, hired_on, left_on, on_leave)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p.id,
        `FX${String(i).padStart(4, '0')}`,
        p.fullName,
        `fixture${i}@example.test`,
        p.departmentId,
        p.careerLevel,
        p.pmSince,
        p.hiredOn,
        p.leftOn,
        p.onLeave,
      ],
    );
  }
  for (const p of FIXTURE_PMOS) {
    await db.query(`INSERT INTO pmo (id, name, scope, program_name) VALUES ($1, $2, $3, $4)`, [
      p.id,
      p.name,
      p.scope,
      p.programName,
    ]);
  }
  for (const s of FIXTURE_SEATS) {
    await db.query(
      `INSERT INTO seat (id, pmo_id, role, title, opens_on, closes_on) VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.id, s.pmoId, s.role, s.title, s.opensOn, s.closesOn],
    );
  }
  for (const r of FIXTURE_REQUESTS) {
    await db.query(
      `INSERT INTO rotation_request (id, person_id, status, goals, preferred_scope, preferred_pmo_id, earliest_start, duration_months,
                                     submitted_at, decided_at, decision_note)
       VALUES ($1, $2, $3, $4, $5, $6, '2027-03-01', 12, $7, $8, $9)`,
      [
        r.id,
        r.personId,
        r.status,
        r.goals,
        r.preferredScope,
        r.preferredPmoId,
        r.submittedAt,
        r.decidedAt,
        r.status === 'DECLINED' ? 'Not now.' : null,
      ],
    );
  }
  for (const r of FIXTURE_ROTATIONS) {
    await db.query(
      `INSERT INTO rotation (person_id, seat_id, request_id, starts_on, ends_on, cancelled_at, cancel_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        r.personId,
        r.seatId,
        r.requestId,
        r.startsOn,
        r.endsOn,
        r.cancelled ? '2026-05-01T00:00:00Z' : null,
        r.cancelled ? 'Plans changed.' : null,
      ],
    );
  }
  for (const m of FIXTURE_MOVES) {
    // As HR records a move: the history trigger dates it stint.effective_on (SPEC §8).
    await db.query('BEGIN');
    await db.query(`SELECT set_config('stint.effective_on', $1, true)`, [m.effectiveOn]);
    await db.query(`UPDATE person SET department_id = $2, version = version + 1 WHERE id = $1`, [
      m.personId,
      m.departmentId,
    ]);
    await db.query('COMMIT');
  }
}
