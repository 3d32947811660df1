import { insertDepartment, insertPerson } from '@stint/api-core/testing';
import { addMonths, todayIso } from '@stint/domain';
import { directedSeat } from './support/rotation-factories';
import { startTestApp, type TestApp } from './support/test-app';

const PEOPLE = `query($filter: PeopleFilter) { people(filter: $filter, first: 100) { totalCount edges { node { email } } } }`;

/** The People list's eligibility filter, answered in SQL by the same rules as the checklist. */
describe('people filtered by eligibility', () => {
  let t: TestApp;
  let hr: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    hr = (await t.signIn('HR')).headers;
    const departmentId = await insertDepartment(t.db);
    const experienced = { pmSince: '2018-01-01', hiredOn: '2018-01-01' };
    await insertPerson(t.db, departmentId, { ...experienced, email: 'ready@x.test' });
    await insertPerson(t.db, departmentId, {
      ...experienced,
      email: 'senior@x.test',
      level: 'SENIOR_PROJECT_MANAGER',
    });
    await insertPerson(t.db, departmentId, {
      ...experienced,
      email: 'coordinator@x.test',
      level: 'PROJECT_COORDINATOR',
    });
    await insertPerson(t.db, departmentId, {
      pmSince: addMonths(todayIso(), -6),
      hiredOn: '2018-01-01',
      email: 'new@x.test',
    });
    const onLeave = await insertPerson(t.db, departmentId, {
      ...experienced,
      email: 'leave@x.test',
    });
    await t.db.query('UPDATE person SET on_leave = true WHERE id = $1', [onLeave]);
    const away = await insertPerson(t.db, departmentId, { ...experienced, email: 'away@x.test' });
    const { seatId } = await directedSeat(t, await t.signIn('DIRECTOR'));
    await t.db.query(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $4)`,
      [away, seatId, addMonths(todayIso(), -3), addMonths(todayIso(), 9)],
    );
    // A rotation from 20 to 8 months ago, after the window of a day 40 months ago.
    const back = await insertPerson(t.db, departmentId, { ...experienced, email: 'back@x.test' });
    await t.db.query(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, $3, $4)`,
      [back, seatId, addMonths(todayIso(), -20), addMonths(todayIso(), -8)],
    );
  });
  afterAll(() => t.close());

  const emails = async (filter: Record<string, unknown>) => {
    const response = await t.gql<{
      people: { totalCount: number; edges: { node: { email: string } }[] };
    }>(PEOPLE, { filter }, hr);
    expect(response.errors).toBeUndefined();
    return {
      total: response.data!.people.totalCount,
      emails: response.data!.people.edges.map((e) => e.node.email).sort(),
    };
  };

  it('keeps only the people who pass every person rule today', async () => {
    expect(await emails({ eligible: true })).toEqual({
      total: 2,
      emails: ['ready@x.test', 'senior@x.test'],
    });
  });

  it('keeps the others with eligible: false, and everyone without the filter', async () => {
    expect(await emails({ eligible: false })).toEqual({
      total: 5,
      emails: ['away@x.test', 'back@x.test', 'coordinator@x.test', 'leave@x.test', 'new@x.test'],
    });
    expect((await emails({})).total).toBe(7);
  });

  it('asks about another day when told to: the newcomer qualifies once 24 months as a PM have passed', async () => {
    const later = await emails({ eligible: true, eligibleOn: addMonths(todayIso(), 19) });
    // By then the returner's 24-month cooldown has passed too.
    expect(later.emails).toEqual(['back@x.test', 'new@x.test', 'ready@x.test', 'senior@x.test']);
  });

  it('asked today about a past day, counts a rotation completed since that day as the last one (COOLDOWN)', async () => {
    // On that day the rotation was still ahead, after the window: coverage counted them eligible.
    // (The leave and the other rotation came later.)
    const day = addMonths(todayIso(), -40);
    expect(await emails({ eligible: true, eligibleOn: day })).toEqual({
      total: 4,
      emails: ['away@x.test', 'leave@x.test', 'ready@x.test', 'senior@x.test'],
    });
    expect((await emails({ eligible: false, eligibleOn: day })).emails).toContain('back@x.test');
  });

  it('combines with the other filters and refuses an impossible date', async () => {
    expect(await emails({ eligible: true, careerLevels: ['SENIOR_PROJECT_MANAGER'] })).toEqual({
      total: 1,
      emails: ['senior@x.test'],
    });
    const bad = await t.gql(PEOPLE, { filter: { eligible: true, eligibleOn: '2027-02-30' } }, hr);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("answers a batch of checklists (People's check of everyone shown) as each asked alone", async () => {
    const { rows } = await t.db.query<{ id: string; email: string }>(
      'SELECT id, email FROM person ORDER BY email',
    );
    const fields = 'eligible policyVersion eligibleFrom rules { code passed message }';
    const startsOn = addMonths(todayIso(), 2);
    const askMany = (ids: string[]) =>
      t.gql<Record<string, unknown>>(
        `query($s: String!, ${ids.map((_, i) => `$p${i}: ID!`).join(', ')}) {
          ${ids.map((_, i) => `a${i}: eligibility(personId: $p${i}, startsOn: $s, months: 12) { ${fields} }`).join('\n')} }`,
        { s: startsOn, ...Object.fromEntries(ids.map((id, i) => [`p${i}`, id])) },
        hr,
      );
    const batch = await askMany(rows.map((r) => r.id));
    expect(batch.errors).toBeUndefined();
    for (const [i, { id, email }] of rows.entries()) {
      const alone = await t.gql<{ eligibility: unknown }>(
        `query($p: ID!, $s: String!) { eligibility(personId: $p, startsOn: $s, months: 12) { ${fields} } }`,
        { p: id, s: startsOn },
        hr,
      );
      expect(alone.errors).toBeUndefined();
      expect({ email, answer: batch.data![`a${i}`] }).toEqual({
        email,
        answer: alone.data!.eligibility,
      });
    }
    // Not all alike: the batch holds both answers.
    const answers = rows.map((_, i) => batch.data![`a${i}`] as { eligible: boolean });
    expect(new Set(answers.map((a) => a.eligible))).toEqual(new Set([true, false]));

    // A person who does not exist is named as not found, at their alias.
    const withUnknown = await askMany([rows[0].id, '00000000-0000-4000-8000-000000000000']);
    expect(withUnknown.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
      [['a1'], 'NOT_FOUND'],
    ]);
  });
});
