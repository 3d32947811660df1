import { startTestApp, type SignedIn, type TestApp } from './support/test-app';
import {
  APPROVE,
  ASSIGN,
  departmentOf,
  directedSeat,
  extraSeat,
  monthStart,
  SUBMIT,
  tableCounts,
  window12,
} from './support/rotation-factories';

type Errors = { extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.['code'];
const reason = (errors: Errors) => errors?.[0]?.extensions?.['reason'];

describe('the rotation lifecycle over GraphQL', () => {
  let t: TestApp;
  let director: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    director = await t.signIn('DIRECTOR');
  });
  afterAll(() => t.close());

  it('PM reads eligibility, submits; director approves into a seat; the PM sees the rotation', async () => {
    const { people } = await departmentOf(t, 10, 0.5);
    const pm = await t.signIn('PM', { personId: people[0] });
    const { seatId } = await directedSeat(t, director);
    const { startsOn, endsOn } = window12();

    const eligibility = await t.gql<{
      eligibility: {
        eligible: boolean;
        policyVersion: number;
        rules: { code: string; passed: boolean; message: string }[];
        eligibleFrom: string;
      };
    }>(
      `query($p: ID!, $s: String!) { eligibility(personId: $p, startsOn: $s, months: 12) { eligible policyVersion eligibleFrom rules { code passed message } } }`,
      { p: people[0], s: startsOn },
      pm.headers,
    );
    expect(eligibility.errors).toBeUndefined();
    expect(eligibility.data!.eligibility).toMatchObject({ eligible: true, policyVersion: 1 });
    expect(eligibility.data!.eligibility.rules.map((r) => r.code)).toEqual([
      'EMPLOYED',
      'LEVEL',
      'EXPERIENCE',
      'NO_OVERLAP',
      'COOLDOWN',
      'MAX_ROTATIONS',
      'DURATION',
    ]);
    expect(
      eligibility.data!.eligibility.rules.every((r) => r.passed && r.message.length > 10),
    ).toBe(true);

    const submitted = await t.gql<{ submitRotationRequest: { id: string; status: string } }>(
      SUBMIT,
      {
        input: {
          goals: ['PROGRAM_MANAGEMENT', 'EXECUTIVE_NETWORK'],
          earliestStart: startsOn,
          durationMonths: 12,
          motivation: 'Grow.',
        },
      },
      pm.headers,
    );
    expect(submitted.errors).toBeUndefined();
    const requestId = submitted.data!.submitRotationRequest.id;
    expect(submitted.data!.submitRotationRequest.status).toBe('SUBMITTED');

    const approved = await t.gql<{
      approveRotationRequest: {
        rotationId: string;
        request: { status: string; decidedBy: string };
      };
    }>(APPROVE, { id: requestId, input: { seatId, startsOn, endsOn } }, director.headers);
    expect(approved.errors).toBeUndefined();
    const { rotationId, request } = approved.data!.approveRotationRequest;
    expect(request).toEqual({ id: requestId, status: 'APPROVED', decidedBy: director.userId });

    const rows = await t.db.query(
      `SELECT person_id, seat_id, request_id, to_char(starts_on, 'YYYY-MM-DD') AS s, goals FROM rotation WHERE id = $1`,
      [rotationId],
    );
    expect(rows.rows[0]).toEqual({
      person_id: people[0],
      seat_id: seatId,
      request_id: requestId,
      s: startsOn,
      goals: ['PROGRAM_MANAGEMENT', 'EXECUTIVE_NETWORK'],
    });

    const audit = await t.db.query<{ action: string; actor_user_id: string }>(
      `SELECT action, actor_user_id FROM audit_event WHERE entity_id IN ($1, $2) ORDER BY id`,
      [requestId, rotationId],
    );
    expect(audit.rows).toEqual([
      { action: 'ROTATION_REQUEST_SUBMITTED', actor_user_id: pm.userId },
      { action: 'ROTATION_CREATED_FROM_REQUEST', actor_user_id: director.userId },
      { action: 'ROTATION_REQUEST_APPROVED', actor_user_id: director.userId },
    ]);

    const mine = await t.gql<{
      rotationRequests: { edges: { node: { status: string; rotationId: string } }[] };
      rotations: { edges: { node: { status: string; id: string } }[] };
    }>(
      `{ rotationRequests { edges { node { status rotationId } } } rotations { edges { node { id status } } } }`,
      {},
      pm.headers,
    );
    expect(mine.data!.rotationRequests.edges).toEqual([
      { node: { status: 'APPROVED', rotationId } },
    ]);
    expect(mine.data!.rotations.edges).toEqual([{ node: { id: rotationId, status: 'PLANNED' } }]);

    const again = await t.gql(
      APPROVE,
      { id: requestId, input: { seatId, startsOn, endsOn } },
      director.headers,
    );
    expect([code(again.errors), reason(again.errors)]).toEqual(['CONFLICT', 'ALREADY_DECIDED']);
  });

  it('refuses a director who does not direct the seat’s PMO, and changes nothing', async () => {
    const { people } = await departmentOf(t, 3);
    const pm = await t.signIn('PM', { personId: people[0] });
    const otherDirector = await t.signIn('DIRECTOR');
    const { seatId } = await directedSeat(t, director);
    const { startsOn, endsOn } = window12();
    const submitted = await t.gql<{ submitRotationRequest: { id: string } }>(
      SUBMIT,
      { input: { goals: ['PROCESS_IMPROVEMENT'], earliestStart: startsOn, durationMonths: 12 } },
      pm.headers,
    );
    const before = await tableCounts(t);
    const denied = await t.gql(
      APPROVE,
      { id: submitted.data!.submitRotationRequest.id, input: { seatId, startsOn, endsOn } },
      otherDirector.headers,
    );
    expect(code(denied.errors)).toBe('FORBIDDEN');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('declines with a required note, once', async () => {
    const { people } = await departmentOf(t, 2);
    const pm = await t.signIn('PM', { personId: people[0] });
    const { startsOn } = window12();
    const submitted = await t.gql<{ submitRotationRequest: { id: string } }>(
      SUBMIT,
      { input: { goals: ['PORTFOLIO_MANAGEMENT'], earliestStart: startsOn, durationMonths: 18 } },
      pm.headers,
    );
    const id = submitted.data!.submitRotationRequest.id;
    const DECLINE =
      'mutation($id: ID!, $note: String!) { declineRotationRequest(id: $id, note: $note) { status decisionNote } }';
    const blank = await t.gql(DECLINE, { id, note: '   ' }, director.headers);
    expect(blank.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'note' }],
    });
    const declined = await t.gql<{
      declineRotationRequest: { status: string; decisionNote: string };
    }>(DECLINE, { id, note: 'No seat this year.' }, director.headers);
    expect(declined.data!.declineRotationRequest).toEqual({
      status: 'DECLINED',
      decisionNote: 'No seat this year.',
    });
    const twice = await t.gql(DECLINE, { id, note: 'Again.' }, director.headers);
    expect(reason(twice.errors)).toBe('ALREADY_DECIDED');
    const withdraw = await t.gql(
      'mutation($id: ID!) { withdrawRotationRequest(id: $id) { status } }',
      { id },
      pm.headers,
    );
    expect(reason(withdraw.errors)).toBe('ALREADY_DECIDED');
  });

  it('lets a PM withdraw their own submitted request and then submit again', async () => {
    const { people } = await departmentOf(t, 1);
    const pm = await t.signIn('PM', { personId: people[0] });
    const input = {
      goals: ['EXECUTIVE_NETWORK'],
      earliestStart: monthStart(1),
      durationMonths: 12,
    };
    const first = await t.gql<{ submitRotationRequest: { id: string } }>(
      SUBMIT,
      { input },
      pm.headers,
    );
    const duplicate = await t.gql(SUBMIT, { input }, pm.headers);
    expect([code(duplicate.errors), reason(duplicate.errors)]).toEqual(['CONFLICT', 'DUPLICATE']);
    const withdrawn = await t.gql<{ withdrawRotationRequest: { status: string } }>(
      'mutation($id: ID!) { withdrawRotationRequest(id: $id) { status } }',
      { id: first.data!.submitRotationRequest.id },
      pm.headers,
    );
    expect(withdrawn.data!.withdrawRotationRequest.status).toBe('WITHDRAWN');
    const second = await t.gql(SUBMIT, { input }, pm.headers);
    expect(second.errors).toBeUndefined();
  });

  describe('away cap', () => {
    it('refuses a placement beyond the home department’s cap unless a director gives a reason', async () => {
      // 5 people, cap 0.2: one may be away at a time.
      const { people } = await departmentOf(t, 5, 0.2);
      const { pmoId, seatId } = await directedSeat(t, director);
      const secondSeat = await extraSeat(t, pmoId);
      const { startsOn, endsOn } = window12();

      const first = await t.gql(
        ASSIGN,
        { input: { personId: people[0], seatId, startsOn, endsOn } },
        director.headers,
      );
      expect(first.errors).toBeUndefined();

      const before = await tableCounts(t);
      const over = await t.gql(
        ASSIGN,
        { input: { personId: people[1], seatId: secondSeat, startsOn, endsOn } },
        director.headers,
      );
      expect([code(over.errors), reason(over.errors)]).toEqual(['CONFLICT', 'AWAY_CAP']);
      expect(await tableCounts(t)).toEqual(before);

      const overridden = await t.gql<{
        assignRotation: { id: string; awayCapOverrideReason: string };
      }>(
        ASSIGN,
        {
          input: {
            personId: people[1],
            seatId: secondSeat,
            startsOn,
            endsOn,
            awayCapOverrideReason: 'Critical program launch',
          },
        },
        director.headers,
      );
      expect(overridden.errors).toBeUndefined();
      expect(overridden.data!.assignRotation.awayCapOverrideReason).toBe('Critical program launch');
      const audit = await t.db.query(
        `SELECT action, reason FROM audit_event WHERE entity_id = $1`,
        [overridden.data!.assignRotation.id],
      );
      expect(audit.rows).toEqual([
        { action: 'ROTATION_ASSIGNED', reason: 'Away cap overridden: Critical program launch' },
      ]);
    });
  });

  describe('races', () => {
    const ROUNDS = 3;

    it('20 concurrent approvals into one seat: exactly one rotation, 19 SEAT_OVERLAP', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { people } = await departmentOf(t, 20, 1);
        const { seatId } = await directedSeat(t, director);
        const { startsOn, endsOn } = window12(2 + round);
        const requestIds: string[] = [];
        for (const personId of people) {
          const { rows } = await t.db.query<{ id: string }>(
            `INSERT INTO rotation_request (person_id, goals, earliest_start, duration_months) VALUES ($1, '{PROGRAM_MANAGEMENT}', $2, 12) RETURNING id`,
            [personId, startsOn],
          );
          requestIds.push(rows[0].id);
        }
        const results = await Promise.all(
          requestIds.map((id) =>
            t.gql(APPROVE, { id, input: { seatId, startsOn, endsOn } }, director.headers),
          ),
        );
        const outcomes = results.map((r) =>
          r.errors ? `${code(r.errors)}:${reason(r.errors)}` : 'OK',
        );
        expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'CONFLICT:SEAT_OVERLAP')).toHaveLength(19);
        const rotations = await t.db.query(
          `SELECT count(*)::int AS n FROM rotation WHERE seat_id = $1`,
          [seatId],
        );
        expect(rotations.rows[0].n).toBe(1);
        const approved = await t.db.query(
          `SELECT count(*)::int AS n FROM rotation_request WHERE id = ANY($1) AND status = 'APPROVED'`,
          [requestIds],
        );
        expect(approved.rows[0].n).toBe(1);
      }
    });

    it('20 concurrent assignments of one person to different seats: exactly one', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { people } = await departmentOf(t, 1, 1);
        const { pmoId, seatId } = await directedSeat(t, director);
        const seats = [seatId];
        for (let i = 1; i < 20; i++) seats.push(await extraSeat(t, pmoId));
        const { startsOn, endsOn } = window12(2);
        const results = await Promise.all(
          seats.map((s) =>
            t.gql(
              ASSIGN,
              { input: { personId: people[0], seatId: s, startsOn, endsOn } },
              director.headers,
            ),
          ),
        );
        const outcomes = results.map((r) =>
          r.errors ? `${code(r.errors)}:${reason(r.errors)}` : 'OK',
        );
        expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'CONFLICT:PERSON_OVERLAP')).toHaveLength(19);
        const rows = await t.db.query(
          `SELECT count(*)::int AS n FROM rotation WHERE person_id = $1`,
          [people[0]],
        );
        expect(rows.rows[0].n).toBe(1);
      }
    });

    it('20 concurrent submits by one PM: exactly one SUBMITTED request', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { people } = await departmentOf(t, 1, 1);
        const pm = await t.signIn('PM', { personId: people[0] });
        const input = {
          goals: ['PROCESS_IMPROVEMENT'],
          earliestStart: monthStart(1),
          durationMonths: 12,
        };
        const results = await Promise.all(
          Array.from({ length: 20 }, () => t.gql(SUBMIT, { input }, pm.headers)),
        );
        const outcomes = results.map((r) =>
          r.errors ? `${code(r.errors)}:${reason(r.errors)}` : 'OK',
        );
        expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'CONFLICT:DUPLICATE')).toHaveLength(19);
        const rows = await t.db.query(
          `SELECT count(*)::int AS n FROM rotation_request WHERE person_id = $1`,
          [people[0]],
        );
        expect(rows.rows[0].n).toBe(1);
      }
    });
  });
});
