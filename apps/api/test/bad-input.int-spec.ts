import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { addMonths, todayIso } from '@stint/domain';
import { departmentOf, directedSeat, monthStart, window12 } from './support/rotation-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

/** Bad input yields BAD_USER_INPUT naming the field, never a 500, and writes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let admin: SignedIn;
  let director: SignedIn;
  let pm: SignedIn;
  let personId: string;
  let seatId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('ADMIN');
    director = await t.signIn('DIRECTOR');
    const { people } = await departmentOf(t, 3);
    personId = people[0];
    pm = await t.signIn('PM', { personId });
    seatId = (await directedSeat(t, director)).seatId;
  });
  afterAll(() => t.close());

  async function checksum(): Promise<string> {
    const { rows } = await t.db.query<{ h: string }>(
      `SELECT md5(concat_ws('|',
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM department x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM person x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM person_history x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM pmo x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM seat x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM rotation_request x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM rotation x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM eligibility_policy x),
         (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM user_account x),
         (SELECT count(*) FROM audit_event))) AS h`,
    );
    return rows[0].h;
  }

  function typeName(type: GraphQLInputType): string {
    if (isNonNullType(type)) return `${typeName(type.ofType)}!`;
    if (isListType(type)) return `[${typeName(type.ofType)}]`;
    return type.name;
  }

  /** A value of the wrong shape for the type: an object for a scalar, a number for an object. */
  function wrongValue(type: GraphQLInputType): unknown {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [wrongValue(inner.ofType as GraphQLInputType)];
    if (isInputObjectType(inner)) return 42;
    if (isScalarType(inner) && inner.name === 'Boolean') return 'maybe';
    return { not: 'a scalar' };
  }

  it('answers every mutation called with missing or mistyped variables with BAD_USER_INPUT naming a field', async () => {
    const mutations = t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields();
    const before = await checksum();
    let checked = 0;
    for (const [name, field] of Object.entries(mutations)) {
      if (field.args.length === 0) continue;
      const declarations = field.args
        .map((arg) => `$${arg.name}: ${typeName(arg.type)}`)
        .join(', ');
      const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const document = `mutation(${declarations}) { ${name}(${call}) { __typename } }`;
      const required = field.args.filter((arg) => isNonNullType(arg.type));

      if (required.length) {
        const missing = await t.gql(document, {}, admin.headers);
        expect([name, missing.status, missing.errors?.[0].extensions?.['code']]).toEqual([
          name,
          400,
          'BAD_USER_INPUT',
        ]);
        const fields = (missing.errors ?? []).flatMap(
          (e) => (e.extensions?.['fields'] as { field: string }[]) ?? [],
        );
        expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining([required[0].name]));
      }

      const mistyped = await t.gql(
        document,
        Object.fromEntries(field.args.map((a) => [a.name, wrongValue(a.type)])),
        admin.headers,
      );
      expect([name, mistyped.errors?.[0].extensions?.['code']]).toEqual([name, 'BAD_USER_INPUT']);
      expect(mistyped.errors?.[0].extensions?.['fields']).toBeDefined();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
    expect(await checksum()).toBe(before);
  });

  const SUBMIT =
    'mutation($input: SubmitRotationRequestInput!) { submitRotationRequest(input: $input) { id } }';
  const valid = () => ({
    goals: ['PROGRAM_MANAGEMENT'],
    earliestStart: monthStart(2),
    durationMonths: 12,
    motivation: '',
  });

  it.each([
    ['no goals', { goals: [] }, 'goals'],
    [
      'six goals',
      {
        goals: [
          'PROGRAM_MANAGEMENT',
          'PORTFOLIO_MANAGEMENT',
          'ORGANIZATIONAL_VISIBILITY',
          'PROCESS_IMPROVEMENT',
          'EXECUTIVE_NETWORK',
          'PROGRAM_MANAGEMENT',
        ],
      },
      'goals',
    ],
    ['repeated goals', { goals: ['EXECUTIVE_NETWORK', 'EXECUTIVE_NETWORK'] }, 'goals'],
    ['an unknown goal', { goals: ['FLYING'] }, 'goals'],
    ['an impossible date', { earliestStart: '2027-02-30' }, 'earliestStart'],
    ['a start in the past', { earliestStart: '2020-01-01' }, 'earliestStart'],
    ['a duration below the policy', { durationMonths: 6 }, 'durationMonths'],
    ['a duration above the policy', { durationMonths: 36 }, 'durationMonths'],
    ['a non-integer duration', { durationMonths: 12.5 }, 'durationMonths'],
    ['an overlong motivation', { motivation: 'x'.repeat(2001) }, 'motivation'],
    ['an unknown scope', { preferredScope: 'GALACTIC' }, 'preferredScope'],
    ['a malformed PMO id', { preferredPmoId: '12' }, 'preferredPmoId'],
    [
      'an unknown PMO',
      { preferredPmoId: '00000000-0000-4000-8000-000000000000' },
      'preferredPmoId',
    ],
    ['an unknown property', { favouriteColour: 'blue' }, 'favouriteColour'],
  ])('refuses a request with %s', async (_label, change, field) => {
    const before = await checksum();
    const response = await t.gql(SUBMIT, { input: { ...valid(), ...change } }, pm.headers);
    expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (response.errors ?? []).flatMap(
      (e) => (e.extensions?.['fields'] as { field: string }[]) ?? [],
    );
    expect(fields.map((f) => f.field)).toContain(field);
    expect(await checksum()).toBe(before);
  });

  const CORRECT =
    'mutation($input: CorrectPersonHistoryInput!) { correctPersonHistory(input: $input) { id } }';
  const UPDATE_PERSON =
    'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }';

  it.each([
    ['a malformed person id', CORRECT, { personId: 'p-1' }, 'personId'],
    ['an impossible first day', CORRECT, { validFrom: '2025-02-30' }, 'validFrom'],
    ['an impossible last day', CORRECT, { validTo: '2025-13-01' }, 'validTo'],
    ['an unknown level', CORRECT, { careerLevel: 'CHIEF' }, 'careerLevel'],
    ['a null department', CORRECT, { departmentId: null }, 'departmentId'],
    ['an overlong reason', CORRECT, { reason: 'x'.repeat(1001) }, 'reason'],
    ['version 0', CORRECT, { version: 0 }, 'version'],
    ['an unknown property', CORRECT, { favouriteColour: 'blue' }, 'favouriteColour'],
    ['an impossible effectiveOn', UPDATE_PERSON, { effectiveOn: '2025-02-30' }, 'effectiveOn'],
    [
      'a future effectiveOn',
      UPDATE_PERSON,
      { effectiveOn: addMonths(todayIso(), 1) },
      'effectiveOn',
    ],
    ['an effectiveOn before the hire', UPDATE_PERSON, { effectiveOn: '1990-01-01' }, 'effectiveOn'],
  ])('refuses a history write with %s', async (_label, document, change, field) => {
    const before = await checksum();
    const base =
      document === CORRECT
        ? { personId, version: 1, validFrom: '2021-01-01', onLeave: true }
        : { id: personId, version: 1, onLeave: true };
    const response = await t.gql(document, { input: { ...base, ...change } }, admin.headers);
    expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (response.errors ?? []).flatMap(
      (e) => (e.extensions?.['fields'] as { field: string }[]) ?? [],
    );
    expect(fields.map((f) => f.field)).toContain(field);
    expect(await checksum()).toBe(before);
  });

  const ASSIGN = 'mutation($input: AssignRotationInput!) { assignRotation(input: $input) { id } }';

  it.each([
    [
      'an end before the start',
      (w: { startsOn: string }) => ({ endsOn: addMonths(w.startsOn, -1) }),
      'endsOn',
    ],
    [
      'a part-month window',
      (w: { endsOn: string }) => ({ endsOn: addMonths(w.endsOn, 0).slice(0, 8) + '15' }),
      'endsOn',
    ],
    [
      'a start in the past',
      () => ({ startsOn: addMonths(todayIso(), -2), endsOn: addMonths(todayIso(), 10) }),
      'startsOn',
    ],
    ['a malformed seat id', () => ({ seatId: 'seat-1' }), 'seatId'],
    [
      'an overlong override reason',
      () => ({ awayCapOverrideReason: 'x'.repeat(2001) }),
      'awayCapOverrideReason',
    ],
  ])('refuses an assignment with %s', async (_label, change, field) => {
    const window = window12(2);
    const before = await checksum();
    const response = await t.gql(
      ASSIGN,
      { input: { personId, seatId, ...window, ...change(window) } },
      director.headers,
    );
    expect(response.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (response.errors ?? []).flatMap(
      (e) => (e.extensions?.['fields'] as { field: string }[]) ?? [],
    );
    expect(fields.map((f) => f.field)).toContain(field);
    expect(await checksum()).toBe(before);
  });

  it('refuses a cancellation without a reason and an outcome without a note', async () => {
    const { rows } = await t.db.query<{ id: string }>(
      `INSERT INTO rotation (person_id, seat_id, starts_on, ends_on) VALUES ($1, $2, '2021-01-01', '2021-12-31') RETURNING id`,
      [personId, seatId],
    );
    const before = await checksum();
    const cancel = await t.gql(
      'mutation($id: ID!) { cancelRotation(id: $id, reason: "  ") { id } }',
      { id: rows[0].id },
      director.headers,
    );
    expect(cancel.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    const outcome = await t.gql(
      'mutation($id: ID!) { recordRotationOutcome(id: $id, goalsAchieved: [EXECUTIVE_NETWORK], note: "") { id } }',
      { id: rows[0].id },
      director.headers,
    );
    expect(outcome.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'note' }],
    });
    const early = await t.gql(
      'mutation($id: ID!) { endRotationEarly(id: $id, endsOn: "2022-01-01") { id } }',
      { id: rows[0].id },
      director.headers,
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endsOn' }],
    });
    expect(await checksum()).toBe(before);
  });
});
