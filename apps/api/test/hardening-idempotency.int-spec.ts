import {
  APPROVE,
  ASSIGN,
  departmentOf,
  directedSeat,
  monthStart,
  SUBMIT,
  tableCounts,
  window12,
} from './support/rotation-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

interface Body {
  data?: Record<string, Record<string, unknown>>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const CREATE =
  'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id code name version } }';

describe('Idempotency-Key on writes', () => {
  let t: TestApp;
  let hr: SignedIn;
  let otherHr: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    hr = await t.signIn('HR');
    otherHr = await t.signIn('HR');
  });
  afterAll(() => t.close());

  async function send(
    key: string,
    variables: Record<string, unknown>,
    who: SignedIn = hr,
    query = CREATE,
  ) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...who.headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: (await response.json()) as Body,
    };
  }
  const count = async (sql: string, params: unknown[]) =>
    Number((await t.db.query(sql, params)).rows[0].count);
  const departments = (code: string) =>
    count('SELECT count(*) FROM department WHERE code = $1', [code]);
  const audits = (code: string) =>
    count(
      `SELECT count(*) FROM audit_event WHERE action = 'DEPARTMENT_CREATED' AND after->>'code' = $1`,
      [code],
    );

  it('creates once and answers a sequential retry with the identical response', async () => {
    const input = { input: { code: 'IDEM1', name: 'Retried once' } };
    const first = await send('key-seq-1', input);
    expect(first.body.errors).toBeUndefined();
    const again = await send('key-seq-1', input);
    const third = await send('key-seq-1', input);
    expect(again.body).toEqual(first.body);
    expect(third.body).toEqual(first.body);
    expect(again.replayed).toBe('true');
    expect(await departments('IDEM1')).toBe(1);
    expect(await audits('IDEM1')).toBe(1);
  });

  it('creates once when the same request arrives 8 times at once, and all get the same answer', async () => {
    const input = { input: { code: 'IDEM2', name: 'Retried concurrently' } };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => send('key-concurrent-1', input)),
    );
    expect(await departments('IDEM2')).toBe(1);
    expect(await audits('IDEM2')).toBe(1);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toEqual(responses[0].body);
    }
    expect(responses[0].body.data?.['createDepartment']?.['code']).toBe('IDEM2');
    expect(responses.filter((r) => r.replayed === 'true')).toHaveLength(7);
  });

  it('refuses the same key with a different request as a CONFLICT, changing nothing', async () => {
    await send('key-mismatch', { input: { code: 'IDEM3', name: 'First' } });
    const other = await send('key-mismatch', { input: { code: 'IDEM4', name: 'Second' } });
    expect(other.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/already used for a different request \(createDepartment\)/),
      extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await departments('IDEM4')).toBe(0);
  });

  it('keeps keys per user: another user may use the same key string', async () => {
    await send('shared-key', { input: { code: 'IDEM5', name: 'Mine' } });
    const theirs = await send('shared-key', { input: { code: 'IDEM6', name: 'Theirs' } }, otherHr);
    expect(theirs.body.errors).toBeUndefined();
    expect(await departments('IDEM6')).toBe(1);
  });

  it('does not spend a key on a failed write: a retry runs again', async () => {
    const input = { input: { code: 'IDEM1', name: 'Duplicate code' } };
    const failed = await send('key-failed', input);
    expect(failed.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await count(`SELECT count(*) FROM idempotency_key WHERE key = 'key-failed'`, [])).toBe(
      0,
    );
    await t.db.query(`UPDATE department SET code = 'IDEM1X' WHERE code = 'IDEM1'`);
    const retried = await send('key-failed', input);
    expect(retried.body.errors).toBeUndefined();
    expect(await departments('IDEM1')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    await send('key-old', { input: { code: 'IDEM7', name: 'Yesterday' } });
    await t.db.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'key-old'`,
    );
    const today = await send('key-old', { input: { code: 'IDEM8', name: 'Today' } });
    expect(today.body.errors).toBeUndefined();
    expect(await departments('IDEM8')).toBe(1);
  });

  it('ignores a key on a query, and refuses one covering two mutation fields or of a bad shape', async () => {
    const query = await send('key-query', {}, hr, '{ departments { id } }');
    expect(query.body.errors).toBeUndefined();
    expect(await count(`SELECT count(*) FROM idempotency_key WHERE key = 'key-query'`, [])).toBe(0);

    const two = await send(
      'key-two',
      {},
      hr,
      'mutation { a: createDepartment(input: { code: "IDEM9", name: "A" }) { id } b: createDepartment(input: { code: "IDEM10", name: "B" }) { id } }',
    );
    expect(two.status).toBe(400);
    expect(two.body.errors?.[0]?.message).toMatch(/one mutation field/);
    expect(await departments('IDEM9')).toBe(0);

    const bad = await send('x'.repeat(256), { input: { code: 'IDEM11', name: 'Long key' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'Idempotency-Key' }],
    });
    expect(await departments('IDEM11')).toBe(0);
  });

  it('covers the rotation writes: submit, approve and assign, each retried concurrently', async () => {
    const director = await t.signIn('DIRECTOR');
    const { seatId } = await directedSeat(t, director);
    const { people } = await departmentOf(t, 2);
    const pm = await t.signIn('PM', { personId: people[0] });
    const before = await tableCounts(t);

    const submitInput = {
      input: {
        goals: ['PROCESS_IMPROVEMENT'],
        earliestStart: monthStart(2),
        durationMonths: 12,
        motivation: 'Learn',
      },
    };
    const submits = await Promise.all(
      Array.from({ length: 4 }, () => send('pm-submit-1', submitInput, pm, SUBMIT)),
    );
    expect(submits.map((r) => r.body)).toEqual(Array(4).fill(submits[0].body));
    const requestId = submits[0].body.data?.['submitRotationRequest']?.['id'] as string;

    const approveInput = { id: requestId, input: { seatId, ...window12(2) } };
    const approvals = await Promise.all(
      Array.from({ length: 4 }, () => send('dir-approve-1', approveInput, director, APPROVE)),
    );
    expect(approvals[0].body.errors).toBeUndefined();
    expect(approvals.map((r) => r.body)).toEqual(Array(4).fill(approvals[0].body));

    const assignInput = { input: { personId: people[1], seatId, ...window12(20), goals: [] } };
    const assigns = await Promise.all(
      Array.from({ length: 4 }, () => send('dir-assign-1', assignInput, director, ASSIGN)),
    );
    expect(assigns[0].body.errors).toBeUndefined();
    expect(assigns.map((r) => r.body)).toEqual(Array(4).fill(assigns[0].body));

    const after = await tableCounts(t);
    expect(after['rotation_request'] - before['rotation_request']).toBe(1);
    expect(after['rotation'] - before['rotation']).toBe(2);
    // submitted, approved, rotation placed by approval, rotation assigned: one audit event each.
    expect(after['audit_event'] - before['audit_event']).toBe(4);
  });
});
