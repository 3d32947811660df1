import { createHash } from 'node:crypto';
import { verifySync } from '@node-rs/argon2';
import { generateOrganisation } from './organisation';
import type { Organisation, RotationRow } from './types';

const ANCHOR = '2026-11-01';
const demo = generateOrganisation({ size: 'demo', seed: 1, anchor: ANCHOR });

function checksum(org: Organisation): string {
  return createHash('sha256').update(JSON.stringify(org.tables)).digest('hex');
}

/** Adds months to an ISO date by hand (clamping the day), independently of the generator. */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const live = (r: RotationRow) => r.cancelled_at === null;

describe('generateOrganisation', () => {
  it('gives identical rows for the same size, seed and anchor', () => {
    const again = generateOrganisation({ size: 'demo', seed: 1, anchor: ANCHOR });
    expect(again.tables).toEqual(demo.tables);
    expect(checksum(again)).toBe(checksum(demo));
  });

  it('gives different rows for a different seed or anchor', () => {
    expect(checksum(generateOrganisation({ size: 'demo', seed: 2, anchor: ANCHOR }))).not.toBe(
      checksum(demo),
    );
    expect(
      checksum(generateOrganisation({ size: 'demo', seed: 1, anchor: '2026-12-01' })),
    ).not.toBe(checksum(demo));
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateOrganisation({ size: 'demo', seed: 1, anchor: '2026-02-30' })).toThrow(
      /anchor/,
    );
    expect(() => generateOrganisation({ size: 'demo', seed: 1.5, anchor: ANCHOR })).toThrow(/seed/);
  });

  it('builds the demo organisation at the sizes of SPEC §7, with history of every kind', () => {
    const t = demo.tables;
    expect(t.department).toHaveLength(12);
    expect(t.person).toHaveLength(400);
    expect(t.pmo).toHaveLength(8);
    expect(t.seat).toHaveLength(30);
    expect(t.department.some((d) => d.parent_id !== null)).toBe(true);
    expect(new Set(t.pmo.map((p) => p.scope))).toEqual(
      new Set(['PROGRAM', 'DEPARTMENT', 'ENTERPRISE']),
    );
    expect(new Set(t.seat.map((s) => s.role))).toEqual(new Set(['PMO_ANALYST', 'PMO_MANAGER']));
    expect(t.seat.some((s) => s.closes_on !== null && s.closes_on > ANCHOR)).toBe(true);
    expect(t.person.some((p) => p.left_on !== null)).toBe(true);
    expect(t.person.some((p) => p.on_leave)).toBe(true);
    expect(new Set(t.rotation_request.map((r) => r.status))).toEqual(
      new Set(['SUBMITTED', 'APPROVED', 'DECLINED', 'WITHDRAWN']),
    );

    const cancelled = t.rotation.filter((r) => !live(r));
    const completed = t.rotation.filter((r) => live(r) && r.ends_on < ANCHOR);
    const active = t.rotation.filter(
      (r) => live(r) && r.starts_on <= ANCHOR && r.ends_on >= ANCHOR,
    );
    const planned = t.rotation.filter((r) => live(r) && r.starts_on > ANCHOR);
    for (const group of [cancelled, completed, active, planned])
      expect(group.length).toBeGreaterThan(0);
    // Most completed rotations have their outcome recorded.
    expect(
      completed.filter((r) => r.goals_achieved !== null && r.outcome_note !== null).length,
    ).toBeGreaterThan(completed.length / 2);
  });

  it('keeps the rules the database and the policy rely on', () => {
    const t = demo.tables;
    const people = new Map(t.person.map((p) => [p.id, p]));
    const seats = new Map(t.seat.map((s) => [s.id, s]));
    const rotations = t.rotation.filter(live);
    const overlap = (a: RotationRow, b: RotationRow) =>
      a.starts_on <= b.ends_on && b.starts_on <= a.ends_on;
    for (const [i, a] of rotations.entries()) {
      for (const b of rotations.slice(i + 1)) {
        if (a.person_id === b.person_id || a.seat_id === b.seat_id)
          expect(overlap(a, b)).toBe(false);
      }
      const seat = seats.get(a.seat_id);
      const person = people.get(a.person_id);
      expect(a.starts_on >= (seat?.opens_on ?? '')).toBe(true);
      if (seat?.closes_on) expect(a.ends_on <= seat.closes_on).toBe(true);
      expect(
        person &&
          person.hired_on <= a.starts_on &&
          (person.left_on === null || person.left_on > a.ends_on),
      ).toBe(true);
    }
    const submitted = t.rotation_request
      .filter((r) => r.status === 'SUBMITTED')
      .map((r) => r.person_id);
    expect(new Set(submitted).size).toBe(submitted.length);
    for (const r of t.rotation_request) {
      expect(r.decided_at === null).toBe(r.status === 'SUBMITTED');
      if (r.status === 'DECLINED') expect(r.decision_note).toBeTruthy();
    }
    const emails = t.person.map((p) => p.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const id of t.rotation.map((r) => r.id))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives people careers: stretches tiling [hired_on, ∞), moves, promotions, alumni promoted after return', () => {
    const t = demo.tables;
    const byPerson = new Map<string, typeof t.person_history>();
    for (const h of t.person_history) {
      const list = byPerson.get(h.person_id) ?? [];
      list.push(h);
      byPerson.set(h.person_id, list);
    }
    let moved = 0;
    let promoted = 0;
    for (const p of t.person) {
      const stretches = byPerson.get(p.id) ?? [];
      expect(stretches.length).toBeGreaterThan(0);
      expect(stretches[0].valid_from).toBe(p.hired_on);
      for (const [i, s] of stretches.entries()) {
        const next = stretches[i + 1];
        expect(s.valid_to).toBe(next ? next.valid_from : null);
        if (next) expect(next.valid_from > s.valid_from).toBe(true);
      }
      const open = stretches[stretches.length - 1];
      expect([open.department_id, open.career_level, open.on_leave]).toEqual([
        p.department_id,
        p.career_level,
        p.on_leave,
      ]);
      if (new Set(stretches.map((s) => s.department_id)).size > 1) moved++;
      if (new Set(stretches.map((s) => s.career_level)).size > 1) promoted++;
    }
    expect(moved).toBeGreaterThan(t.person.length * 0.05);
    expect(promoted).toBeGreaterThan(t.person.length * 0.2);
    // Some alumni were promoted after returning, some were not.
    const returned = t.rotation.filter((r) => live(r) && r.ends_on < ANCHOR);
    const promotedAfter = returned.filter((r) =>
      (byPerson.get(r.person_id) ?? []).some(
        (s, i, all) =>
          i > 0 && s.valid_from > r.ends_on && s.career_level !== all[i - 1].career_level,
      ),
    );
    expect(promotedAfter.length).toBeGreaterThan(5);
    expect(returned.length - promotedAfter.length).toBeGreaterThan(5);
  });

  it('creates the five demo logins with the demo password', () => {
    const users = new Map(demo.tables.user_account.map((u) => [u.email, u]));
    const expected = {
      'admin@stint.example': 'ADMIN',
      'director@stint.example': 'DIRECTOR',
      'hr@stint.example': 'HR',
      'pm@stint.example': 'PM',
      'pm2@stint.example': 'PM',
    };
    for (const [email, role] of Object.entries(expected)) expect(users.get(email)?.role).toBe(role);
    const hash = users.get('admin@stint.example')?.password_hash ?? '';
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(verifySync(hash, 'stint-demo')).toBe(true);

    const person = (email: string) =>
      demo.tables.person.find((p) => p.id === users.get(email)?.person_id);
    expect(person('pm@stint.example')).toBeDefined();
    expect(person('pm2@stint.example')).toBeDefined();
    expect(person('pm@stint.example')?.department_id).not.toBe(
      person('pm2@stint.example')?.department_id,
    );
  });

  it("makes pm@'s person eligible today under the default policy, with room in their department", () => {
    const t = demo.tables;
    const user = t.user_account.find((u) => u.email === 'pm@stint.example');
    const me = t.person.find((p) => p.id === user?.person_id);
    if (!me) throw new Error('pm@ has no person');

    expect(me.left_on).toBeNull();
    expect(me.hired_on <= ANCHOR).toBe(true);
    expect(me.on_leave).toBe(false);
    expect(['PROJECT_MANAGER', 'SENIOR_PROJECT_MANAGER', 'PROGRAM_MANAGER']).toContain(
      me.career_level,
    );
    expect(me.pm_since <= plusMonths(ANCHOR, -24)).toBe(true);

    const mine = t.rotation.filter((r) => r.person_id === me.id && live(r));
    expect(mine.filter((r) => r.ends_on >= ANCHOR)).toHaveLength(0); // no active or planned
    expect(
      mine.filter((r) => r.ends_on < ANCHOR && plusMonths(r.ends_on, 24) > ANCHOR),
    ).toHaveLength(0);
    expect(mine.length).toBeLessThan(2);
    expect(
      t.rotation_request.filter((r) => r.person_id === me.id && r.status === 'SUBMITTED'),
    ).toHaveLength(0);

    // AWAY_CAP: one more person away from the department today stays within its cap.
    const department = t.department.find((d) => d.id === me.department_id);
    const colleagues = t.person.filter(
      (p) =>
        p.department_id === me.department_id &&
        p.hired_on <= ANCHOR &&
        (p.left_on === null || p.left_on >= ANCHOR),
    );
    const away = colleagues.filter((p) =>
      t.rotation.some(
        (r) => r.person_id === p.id && live(r) && r.starts_on <= ANCHOR && r.ends_on >= ANCHOR,
      ),
    ).length;
    expect(away + 1).toBeLessThanOrEqual((department?.away_cap ?? 0) * colleagues.length);
  });

  it('gives director@ two PMOs with a seat open now and later that nobody holds today', () => {
    const t = demo.tables;
    const director = t.user_account.find((u) => u.email === 'director@stint.example');
    const pmoIds = t.pmo_director.filter((d) => d.user_id === director?.id).map((d) => d.pmo_id);
    expect(pmoIds.length).toBeGreaterThanOrEqual(2);
    const later = plusMonths(ANCHOR, 12);
    const withRoom = pmoIds.filter((pmoId) =>
      t.seat.some(
        (s) =>
          s.pmo_id === pmoId &&
          s.opens_on <= ANCHOR &&
          (s.closes_on === null || s.closes_on >= later) &&
          !t.rotation.some(
            (r) => r.seat_id === s.id && live(r) && r.starts_on <= ANCHOR && r.ends_on >= ANCHOR,
          ),
      ),
    );
    expect(withRoom.length).toBeGreaterThanOrEqual(2);
    // pm2@ waits for a decision from one of them.
    const pm2 = t.user_account.find((u) => u.email === 'pm2@stint.example');
    const open = t.rotation_request.find(
      (r) => r.person_id === pm2?.person_id && r.status === 'SUBMITTED',
    );
    expect(pmoIds).toContain(open?.preferred_pmo_id);
  });
});
