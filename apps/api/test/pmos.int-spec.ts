import { Client } from 'pg';
import { insertDepartment, insertPerson, insertRotation } from '@stint/api-core/testing';
import { addDays, todayIso } from '@stint/domain';
import {
  auditEventsFor,
  insertPmo,
  insertSeat,
  pmoRow,
  pmoTableCounts,
  seatRow,
} from './support/pmos-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

const PMO_FIELDS = `id name scope departmentId departmentCode departmentName programName version goalsOffered
  directors { id displayName email }`;
const CREATE_PMO = `mutation($input: CreatePmoInput!) { createPmo(input: $input) { ${PMO_FIELDS} } }`;
const UPDATE_PMO = `mutation($input: UpdatePmoInput!) { updatePmo(input: $input) { ${PMO_FIELDS} } }`;
const SEAT_FIELDS = 'id pmoId role title opensOn closesOn version pmo { id name }';
const CREATE_SEAT = `mutation($input: CreateSeatInput!) { createSeat(input: $input) { ${SEAT_FIELDS} } }`;
const UPDATE_SEAT = `mutation($input: UpdateSeatInput!) { updateSeat(input: $input) { ${SEAT_FIELDS} } }`;
const SEATS = `query($filter: SeatsFilter, $first: Int, $after: String) {
  seats(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title pmo { name } } }
  }
}`;

interface PmoResult {
  id: string;
  name: string;
  scope: string;
  departmentId: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  programName: string | null;
  version: number;
  goalsOffered: string[];
  directors: { id: string; displayName: string; email: string }[];
}
interface SeatResult {
  id: string;
  pmoId: string;
  role: string;
  title: string;
  opensOn: string;
  closesOn: string | null;
  version: number;
  pmo: { id: string; name: string };
}
interface SeatsPage {
  seats: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; pmo: { name: string } } }[];
  };
}
type Errors = { extensions?: Record<string, unknown> }[] | undefined;

const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];
/** The distinct fields an error names (one field may fail several checks). */
const fieldsOf = (errors: Errors) =>
  [
    ...new Set(
      ((errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
        (f) => f.field,
      ),
    ),
  ].sort();

describe('PMOs and seats over GraphQL', () => {
  let t: TestApp;
  let admin: SignedIn;
  let director: SignedIn;
  let otherDirector: SignedIn;
  let hr: SignedIn;
  let pm: SignedIn;
  let finance: string;
  let person: string;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await insertDepartment(t.db, { code: 'FIN' });
    person = await insertPerson(t.db, finance);
    admin = await t.signIn('ADMIN');
    director = await t.signIn('DIRECTOR');
    otherDirector = await t.signIn('DIRECTOR');
    hr = await t.signIn('HR');
    pm = await t.signIn('PM', { personId: person });
  });

  afterAll(() => t.close());

  describe('access', () => {
    it('asks for a session before reading or writing', async () => {
      expect(codeOf((await t.gql('{ pmos { id } }')).errors)).toBe('UNAUTHENTICATED');
      expect(codeOf((await t.gql('{ seats { totalCount } }')).errors)).toBe('UNAUTHENTICATED');
      const before = await pmoTableCounts(t.db);
      const response = await t.gql(CREATE_PMO, {
        input: { name: 'Signed out', scope: 'ENTERPRISE' },
      });
      expect(codeOf(response.errors)).toBe('UNAUTHENTICATED');
      expect(await pmoTableCounts(t.db)).toEqual(before);
    });

    it.each(['ADMIN', 'DIRECTOR', 'HR', 'PM'] as const)(
      'lets %s read PMOs and seats',
      async (role) => {
        const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
        await insertSeat(t.db, pmoId);
        const headers = { ADMIN: admin, DIRECTOR: director, HR: hr, PM: pm }[role].headers;
        const list = await t.gql<{ pmos: { id: string; seats: { id: string }[] }[] }>(
          '{ pmos { id seats { id } directors { id } } }',
          {},
          headers,
        );
        expect(list.errors).toBeUndefined();
        expect(list.data!.pmos.find((p) => p.id === pmoId)?.seats).toHaveLength(1);
        const one = await t.gql('query($id: ID!) { pmo(id: $id) { id } }', { id: pmoId }, headers);
        expect(one.errors).toBeUndefined();
        const seats = await t.gql<SeatsPage>(SEATS, { filter: { pmoIds: [pmoId] } }, headers);
        expect(seats.data!.seats.totalCount).toBe(1);
      },
    );

    it.each(['HR', 'PM'] as const)(
      'refuses every write to %s with FORBIDDEN and writes nothing',
      async (role) => {
        const headers = (role === 'HR' ? hr : pm).headers;
        const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
        const seatId = await insertSeat(t.db, pmoId);
        const before = await pmoTableCounts(t.db);
        const attempts = [
          await t.gql(CREATE_PMO, { input: { name: `By ${role}`, scope: 'ENTERPRISE' } }, headers),
          await t.gql(
            UPDATE_PMO,
            { input: { id: pmoId, version: 1, name: `Renamed by ${role}` } },
            headers,
          ),
          await t.gql(
            CREATE_SEAT,
            { input: { pmoId, role: 'PMO_ANALYST', title: 'x', opensOn: '2030-01-01' } },
            headers,
          ),
          await t.gql(UPDATE_SEAT, { input: { id: seatId, version: 1, title: 'x' } }, headers),
        ];
        for (const attempt of attempts) {
          expect(attempt.data ?? null).toBeNull();
          expect(codeOf(attempt.errors)).toBe('FORBIDDEN');
        }
        expect(await pmoTableCounts(t.db)).toEqual(before);
      },
    );

    it('refuses a director of another PMO with FORBIDDEN and leaves the PMO and its seats alone', async () => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const seatId = await insertSeat(t.db, pmoId, { title: 'Untouched' });
      const pmoBefore = await pmoRow(t.db, pmoId);
      const seatBefore = await seatRow(t.db, seatId);
      const before = await pmoTableCounts(t.db);
      const headers = otherDirector.headers;

      const update = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, name: 'Hijacked', directorIds: [otherDirector.userId] } },
        headers,
      );
      expect(codeOf(update.errors)).toBe('FORBIDDEN');
      const create = await t.gql(
        CREATE_SEAT,
        { input: { pmoId, role: 'PMO_MANAGER', title: 'Sneaky', opensOn: '2030-01-01' } },
        headers,
      );
      expect(codeOf(create.errors)).toBe('FORBIDDEN');
      const seatUpdate = await t.gql(
        UPDATE_SEAT,
        { input: { id: seatId, version: 1, title: 'Hijacked' } },
        headers,
      );
      expect(codeOf(seatUpdate.errors)).toBe('FORBIDDEN');

      expect(await pmoTableCounts(t.db)).toEqual(before);
      expect(await pmoRow(t.db, pmoId)).toEqual(pmoBefore);
      expect(await seatRow(t.db, seatId)).toEqual(seatBefore);
    });

    it('lets an admin change any PMO and its seats', async () => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const seatId = await insertSeat(t.db, pmoId);
      const update = await t.gql<{ updatePmo: PmoResult }>(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, name: 'Renamed by admin' } },
        admin.headers,
      );
      expect(update.errors).toBeUndefined();
      expect(update.data!.updatePmo).toMatchObject({ name: 'Renamed by admin', version: 2 });
      const seat = await t.gql(
        UPDATE_SEAT,
        { input: { id: seatId, version: 1, title: 'Admin title' } },
        admin.headers,
      );
      expect(seat.errors).toBeUndefined();
    });
  });

  describe('createPmo', () => {
    it('makes the creating director one of its directors and records PMO_CREATED', async () => {
      const response = await t.gql<{ createPmo: PmoResult }>(
        CREATE_PMO,
        { input: { name: '  Finance PMO  ', scope: 'DEPARTMENT', departmentId: finance } },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      const created = response.data!.createPmo;
      expect(created).toMatchObject({
        name: 'Finance PMO',
        scope: 'DEPARTMENT',
        departmentId: finance,
        departmentCode: 'FIN',
        departmentName: expect.any(String),
        programName: null,
        version: 1,
        goalsOffered: [
          'PORTFOLIO_MANAGEMENT',
          'ORGANIZATIONAL_VISIBILITY',
          'PROCESS_IMPROVEMENT',
          'EXECUTIVE_NETWORK',
        ],
        directors: [
          { id: director.userId, displayName: expect.any(String), email: director.email },
        ],
      });
      expect(await auditEventsFor(t.db, created.id)).toEqual([
        {
          action: 'PMO_CREATED',
          actor_user_id: director.userId,
          entity_type: 'pmo',
          before: null,
          after: {
            id: created.id,
            name: 'Finance PMO',
            scope: 'DEPARTMENT',
            departmentId: finance,
            programName: null,
            version: 1,
            directorIds: [director.userId],
          },
        },
      ]);
    });

    it('lets an admin name the directors of a PROGRAM PMO without becoming one', async () => {
      const response = await t.gql<{ createPmo: PmoResult }>(
        CREATE_PMO,
        {
          input: {
            name: 'Core banking program PMO',
            scope: 'PROGRAM',
            departmentId: finance,
            programName: 'Core banking',
            directorIds: [director.userId, otherDirector.userId],
          },
        },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
      const created = response.data!.createPmo;
      expect(created.goalsOffered).toEqual(['PROGRAM_MANAGEMENT', 'PROCESS_IMPROVEMENT']);
      expect(created.directors.map((d) => d.id).sort()).toEqual(
        [director.userId, otherDirector.userId].sort(),
      );
      expect((await pmoRow(t.db, created.id)).program_name).toBe('Core banking');
    });

    it('refuses directorIds that are not director accounts, naming directorIds, and writes nothing', async () => {
      const before = await pmoTableCounts(t.db);
      for (const directorIds of [
        [hr.userId],
        ['00000000-0000-4000-8000-000000000000'],
        [admin.userId],
      ]) {
        const response = await t.gql(
          CREATE_PMO,
          { input: { name: 'Bad directors', scope: 'ENTERPRISE', directorIds } },
          admin.headers,
        );
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(fieldsOf(response.errors)).toEqual(['directorIds']);
      }
      const malformed = await t.gql(
        CREATE_PMO,
        { input: { name: 'Bad directors', scope: 'ENTERPRISE', directorIds: ['42'] } },
        admin.headers,
      );
      expect(fieldsOf(malformed.errors)).toEqual(['directorIds']);
      expect(await pmoTableCounts(t.db)).toEqual(before);
    });

    it.each([
      ['DEPARTMENT without a department', { scope: 'DEPARTMENT' }, ['departmentId']],
      [
        'PROGRAM without program or department',
        { scope: 'PROGRAM' },
        ['departmentId', 'programName'],
      ],
      ['PROGRAM without a department', { scope: 'PROGRAM', programName: 'P' }, ['departmentId']],
      [
        'ENTERPRISE with a program name',
        { scope: 'ENTERPRISE', programName: 'P' },
        ['programName'],
      ],
      [
        'DEPARTMENT with a program name',
        { scope: 'DEPARTMENT', programName: 'P', departmentId: 'FIN' },
        ['programName'],
      ],
      [
        'an unknown department',
        { scope: 'DEPARTMENT', departmentId: '00000000-0000-4000-8000-000000000000' },
        ['departmentId'],
      ],
      ['a malformed department id', { scope: 'DEPARTMENT', departmentId: 'fin' }, ['departmentId']],
      ['an unknown scope', { scope: 'GALACTIC' }, ['scope']],
      ['a blank name', { scope: 'ENTERPRISE', name: '   ' }, ['name']],
      ['a name over 200 characters', { scope: 'ENTERPRISE', name: 'x'.repeat(201) }, ['name']],
      [
        'a program name over 200 characters',
        { scope: 'PROGRAM', departmentId: 'FIN', programName: 'x'.repeat(201) },
        ['programName'],
      ],
      ['an unknown property', { scope: 'ENTERPRISE', budget: 1 }, null],
    ] as const)(
      'refuses %s with BAD_USER_INPUT naming the fields',
      async (_label, over, fields) => {
        const before = await pmoTableCounts(t.db);
        const input: Record<string, unknown> = { name: 'Invalid PMO', ...over };
        if (input['departmentId'] === 'FIN') input['departmentId'] = finance;
        const response = await t.gql(CREATE_PMO, { input }, director.headers);
        expect(response.data ?? null).toBeNull();
        if (fields) {
          expect(codeOf(response.errors)).toBe('BAD_USER_INPUT');
          expect(fieldsOf(response.errors)).toEqual(fields);
        } else {
          // GraphQL itself refuses a field the input type does not have.
          expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(
            codeOf(response.errors),
          );
        }
        expect(await pmoTableCounts(t.db)).toEqual(before);
      },
    );

    it('refuses a second PMO with the same name as CONFLICT DUPLICATE', async () => {
      await insertPmo(t.db, { name: 'Enterprise PMO' });
      const before = await pmoTableCounts(t.db);
      const response = await t.gql(
        CREATE_PMO,
        { input: { name: 'Enterprise PMO', scope: 'ENTERPRISE' } },
        director.headers,
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DUPLICATE',
      });
      expect(await pmoTableCounts(t.db)).toEqual(before);
    });
  });

  describe('updatePmo', () => {
    it('changes the fields and directors, moves the version on and records before and after', async () => {
      const pmoId = await insertPmo(t.db, { name: 'Before', directorIds: [director.userId] });
      const response = await t.gql<{ updatePmo: PmoResult }>(
        UPDATE_PMO,
        {
          input: {
            id: pmoId,
            version: 1,
            name: 'After',
            scope: 'PROGRAM',
            departmentId: finance,
            programName: 'Payments',
            directorIds: [director.userId, otherDirector.userId],
          },
        },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updatePmo).toMatchObject({
        name: 'After',
        scope: 'PROGRAM',
        programName: 'Payments',
        departmentCode: 'FIN',
        version: 2,
      });
      expect(response.data!.updatePmo.directors).toHaveLength(2);
      const [event] = await auditEventsFor(t.db, pmoId);
      expect(event).toMatchObject({
        action: 'PMO_UPDATED',
        actor_user_id: director.userId,
        before: {
          name: 'Before',
          scope: 'ENTERPRISE',
          programName: null,
          version: 1,
          directorIds: [director.userId],
        },
        after: {
          name: 'After',
          scope: 'PROGRAM',
          departmentId: finance,
          programName: 'Payments',
          version: 2,
          directorIds: [director.userId, otherDirector.userId].sort(),
        },
      });
    });

    it('moves the version on when only the directors change, and keeps absent fields', async () => {
      const pmoId = await insertPmo(t.db, {
        name: 'Directors only',
        directorIds: [director.userId],
      });
      const response = await t.gql<{ updatePmo: PmoResult }>(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, directorIds: [otherDirector.userId] } },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updatePmo).toMatchObject({
        name: 'Directors only',
        scope: 'ENTERPRISE',
        version: 2,
      });
      expect(response.data!.updatePmo.directors.map((d) => d.id)).toEqual([otherDirector.userId]);
    });

    it('clears the program name when the scope leaves PROGRAM', async () => {
      const pmoId = await insertPmo(t.db, {
        scope: 'PROGRAM',
        departmentId: finance,
        programName: 'Old program',
        directorIds: [director.userId],
      });
      const response = await t.gql<{ updatePmo: PmoResult }>(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, scope: 'ENTERPRISE' } },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updatePmo).toMatchObject({
        scope: 'ENTERPRISE',
        programName: null,
        departmentId: finance,
      });
    });

    it('refuses a stale version with CONFLICT STALE and changes nothing', async () => {
      const pmoId = await insertPmo(t.db, { name: 'Stale', directorIds: [director.userId] });
      await t.db.query(`UPDATE pmo SET version = 2 WHERE id = $1`, [pmoId]);
      const before = await pmoRow(t.db, pmoId);
      const counts = await pmoTableCounts(t.db);
      const response = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, name: 'Lost update' } },
        director.headers,
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE' });
      expect(await pmoRow(t.db, pmoId)).toEqual(before);
      expect(await pmoTableCounts(t.db)).toEqual(counts);
    });

    it('refuses a name another PMO has as CONFLICT DUPLICATE and changes nothing', async () => {
      await insertPmo(t.db, { name: 'Taken name' });
      const pmoId = await insertPmo(t.db, { name: 'Free name', directorIds: [director.userId] });
      const before = await pmoRow(t.db, pmoId);
      const response = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, name: 'Taken name' } },
        director.headers,
      );
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DUPLICATE',
      });
      expect(await pmoRow(t.db, pmoId)).toEqual(before);
      expect(await auditEventsFor(t.db, pmoId)).toEqual([]);
    });

    it('checks the merged record against the scope rules, naming the fields', async () => {
      const pmoId = await insertPmo(t.db, {
        scope: 'DEPARTMENT',
        departmentId: finance,
        directorIds: [director.userId],
      });
      const before = await pmoRow(t.db, pmoId);
      const clearDepartment = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, departmentId: null } },
        director.headers,
      );
      expect(fieldsOf(clearDepartment.errors)).toEqual(['departmentId']);
      const toProgram = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, scope: 'PROGRAM' } },
        director.headers,
      );
      expect(fieldsOf(toProgram.errors)).toEqual(['programName']);
      const nullName = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, name: null } },
        director.headers,
      );
      expect(fieldsOf(nullName.errors)).toEqual(['name']);
      const hrDirector = await t.gql(
        UPDATE_PMO,
        { input: { id: pmoId, version: 1, directorIds: [hr.userId] } },
        director.headers,
      );
      expect(fieldsOf(hrDirector.errors)).toEqual(['directorIds']);
      expect(await pmoRow(t.db, pmoId)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await t.gql(
        UPDATE_PMO,
        { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'x' } },
        admin.headers,
      );
      expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
      const malformed = await t.gql(
        UPDATE_PMO,
        { input: { id: 'pmo-1', version: 1 } },
        admin.headers,
      );
      expect(codeOf(malformed.errors)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(malformed.errors)).toEqual(['id']);
    });
  });

  describe('seats', () => {
    it('creates a seat for a director of the PMO and records SEAT_CREATED', async () => {
      const pmoId = await insertPmo(t.db, { name: 'Seated PMO', directorIds: [director.userId] });
      const response = await t.gql<{ createSeat: SeatResult }>(
        CREATE_SEAT,
        {
          input: {
            pmoId,
            role: 'PMO_MANAGER',
            title: ' Portfolio lead ',
            opensOn: '2030-01-01',
            closesOn: '2031-12-31',
          },
        },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      const seat = response.data!.createSeat;
      expect(seat).toMatchObject({
        pmoId,
        role: 'PMO_MANAGER',
        title: 'Portfolio lead',
        opensOn: '2030-01-01',
        closesOn: '2031-12-31',
        version: 1,
        pmo: { id: pmoId, name: 'Seated PMO' },
      });
      expect(await auditEventsFor(t.db, seat.id)).toEqual([
        {
          action: 'SEAT_CREATED',
          actor_user_id: director.userId,
          entity_type: 'seat',
          before: null,
          after: {
            id: seat.id,
            pmoId,
            role: 'PMO_MANAGER',
            title: 'Portfolio lead',
            opensOn: '2030-01-01',
            closesOn: '2031-12-31',
            version: 1,
          },
        },
      ]);
    });

    it.each([
      ['closesOn before opensOn', { opensOn: '2030-06-01', closesOn: '2030-05-31' }, ['closesOn']],
      ['an impossible date', { opensOn: '2030-02-30' }, ['opensOn']],
      ['a date in another format', { opensOn: '01/02/2030' }, ['opensOn']],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, ['title']],
      ['a blank title', { title: ' ' }, ['title']],
      ['an unknown role', { role: 'PMO_INTERN' }, ['role']],
      ['a malformed PMO id', { pmoId: 'pmo' }, ['pmoId']],
    ] as const)('refuses a seat with %s, naming the fields', async (_label, over, fields) => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const before = await pmoTableCounts(t.db);
      const response = await t.gql(
        CREATE_SEAT,
        { input: { pmoId, role: 'PMO_ANALYST', title: 'Analyst', opensOn: '2030-01-01', ...over } },
        director.headers,
      );
      expect(codeOf(response.errors)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response.errors)).toEqual(fields);
      expect(await pmoTableCounts(t.db)).toEqual(before);
    });

    it('answers NOT_FOUND for a seat in an unknown PMO', async () => {
      const response = await t.gql(
        CREATE_SEAT,
        {
          input: {
            pmoId: '00000000-0000-4000-8000-000000000000',
            role: 'PMO_ANALYST',
            title: 'x',
            opensOn: '2030-01-01',
          },
        },
        admin.headers,
      );
      expect(codeOf(response.errors)).toBe('NOT_FOUND');
    });

    it('updates a seat, moves its version on and records before and after', async () => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const seatId = await insertSeat(t.db, pmoId, {
        title: 'Old',
        opensOn: '2030-01-01',
        closesOn: '2030-12-31',
      });
      const response = await t.gql<{ updateSeat: SeatResult }>(
        UPDATE_SEAT,
        { input: { id: seatId, version: 1, title: 'New', role: 'PMO_MANAGER', closesOn: null } },
        director.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateSeat).toMatchObject({
        title: 'New',
        role: 'PMO_MANAGER',
        opensOn: '2030-01-01',
        closesOn: null,
        version: 2,
      });
      expect(await auditEventsFor(t.db, seatId)).toEqual([
        expect.objectContaining({
          action: 'SEAT_UPDATED',
          before: expect.objectContaining({ title: 'Old', closesOn: '2030-12-31', version: 1 }),
          after: expect.objectContaining({ title: 'New', closesOn: null, version: 2 }),
        }),
      ]);
    });

    it('refuses a stale seat version with CONFLICT STALE and a window that ends before it opens', async () => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const seatId = await insertSeat(t.db, pmoId, {
        opensOn: '2030-01-01',
        closesOn: '2030-12-31',
      });
      const before = await seatRow(t.db, seatId);
      const stale = await t.gql(
        UPDATE_SEAT,
        { input: { id: seatId, version: 7, title: 'x' } },
        director.headers,
      );
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE' });
      const inverted = await t.gql(
        UPDATE_SEAT,
        { input: { id: seatId, version: 1, opensOn: '2031-01-01' } },
        director.headers,
      );
      expect(fieldsOf(inverted.errors)).toEqual(['opensOn']);
      const unknown = await t.gql(
        UPDATE_SEAT,
        { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'x' } },
        director.headers,
      );
      expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
      expect(await seatRow(t.db, seatId)).toEqual(before);
    });

    it('refuses to shrink a window past a rotation (CONFLICT SEAT_WINDOW) but ignores cancelled ones', async () => {
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      const seatId = await insertSeat(t.db, pmoId, { opensOn: '2030-01-01', closesOn: null });
      await insertRotation(t.db, {
        personId: person,
        seatId,
        startsOn: '2030-03-01',
        endsOn: '2030-12-31',
      });
      const other = await insertPerson(t.db, finance);
      await insertRotation(t.db, {
        personId: other,
        seatId,
        startsOn: '2031-01-01',
        endsOn: '2031-12-31',
        cancelled: true,
      });
      const before = await seatRow(t.db, seatId);
      const counts = await pmoTableCounts(t.db);
      const {
        rows: [{ full_name: holder }],
      } = await t.db.query<{ full_name: string }>(`SELECT full_name FROM person WHERE id = $1`, [
        person,
      ]);

      for (const change of [{ closesOn: '2030-06-30' }, { opensOn: '2030-04-01' }]) {
        const response = await t.gql(
          UPDATE_SEAT,
          { input: { id: seatId, version: 1, ...change } },
          director.headers,
        );
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'SEAT_WINDOW',
        });
        // The refusal names the rotation in the way, so the director knows which one to move.
        expect(response.errors?.[0].message).toBe(
          `The rotation of ${holder} from 2030-03-01 to 2030-12-31 would lie outside the seat's window`,
        );
      }
      expect(await seatRow(t.db, seatId)).toEqual(before);
      expect(await pmoTableCounts(t.db)).toEqual(counts);

      // Closing right after the live rotation is fine even though the cancelled one lay beyond.
      const fits = await t.gql<{ updateSeat: SeatResult }>(
        UPDATE_SEAT,
        { input: { id: seatId, version: 1, closesOn: '2030-12-31' } },
        director.headers,
      );
      expect(fits.errors).toBeUndefined();
      expect(fits.data!.updateSeat.closesOn).toBe('2030-12-31');
    });
  });

  describe('queries', () => {
    it('answers pmo(id) with NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await t.gql(
        'query($id: ID!) { pmo(id: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        pm.headers,
      );
      expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
      const malformed = await t.gql(
        'query($id: ID!) { pmo(id: $id) { id } }',
        { id: '7' },
        pm.headers,
      );
      expect(fieldsOf(malformed.errors)).toEqual(['id']);
    });

    it('answers seat(id) with the seat and its PMO, and NOT_FOUND for an unknown id', async () => {
      const pmoId = await insertPmo(t.db, { name: 'Seat lookup PMO', directorIds: [] });
      const seatId = await insertSeat(t.db, pmoId, { opensOn: '2031-02-01', closesOn: null });
      const found = await t.gql<{
        seat: { id: string; opensOn: string; closesOn: string | null; pmo: { id: string } };
      }>(
        'query($id: ID!) { seat(id: $id) { id opensOn closesOn pmo { id } } }',
        { id: seatId },
        hr.headers,
      );
      expect(found.errors).toBeUndefined();
      expect(found.data!.seat).toEqual({
        id: seatId,
        opensOn: '2031-02-01',
        closesOn: null,
        pmo: { id: pmoId },
      });
      const unknown = await t.gql(
        'query($id: ID!) { seat(id: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
        hr.headers,
      );
      expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
    });

    it('counts seats open today that no live rotation holds today', async () => {
      const today = todayIso();
      const pmoId = await insertPmo(t.db, { directorIds: [director.userId] });
      await insertSeat(t.db, pmoId, { opensOn: addDays(today, -30) }); // open, empty
      const held = await insertSeat(t.db, pmoId, { opensOn: addDays(today, -30) });
      await insertRotation(t.db, {
        personId: await insertPerson(t.db, finance),
        seatId: held,
        startsOn: addDays(today, -10),
        endsOn: addDays(today, 10),
      });
      const cancelled = await insertSeat(t.db, pmoId, { opensOn: addDays(today, -30) }); // open, rotation cancelled
      await insertRotation(t.db, {
        personId: await insertPerson(t.db, finance),
        seatId: cancelled,
        startsOn: addDays(today, -10),
        endsOn: addDays(today, 10),
        cancelled: true,
      });
      const later = await insertSeat(t.db, pmoId, { opensOn: addDays(today, -30) }); // rotation starts tomorrow
      await insertRotation(t.db, {
        personId: await insertPerson(t.db, finance),
        seatId: later,
        startsOn: addDays(today, 1),
        endsOn: addDays(today, 40),
      });
      await insertSeat(t.db, pmoId, { opensOn: addDays(today, 1) }); // not open yet
      await insertSeat(t.db, pmoId, { opensOn: addDays(today, -60), closesOn: addDays(today, -1) }); // closed

      const response = await t.gql<{ pmo: { openSeatCount: number; seats: { id: string }[] } }>(
        'query($id: ID!) { pmo(id: $id) { openSeatCount seats { id } } }',
        { id: pmoId },
        hr.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.pmo).toMatchObject({ openSeatCount: 3 });
      expect(response.data!.pmo.seats).toHaveLength(6);
    });

    it('filters seats by PMO, open date and directorship, and pages through them', async () => {
      const mine = await insertPmo(t.db, { name: 'AAA mine', directorIds: [otherDirector.userId] });
      const theirs = await insertPmo(t.db, { name: 'AAB theirs', directorIds: [director.userId] });
      for (const title of ['A', 'B', 'C'])
        await insertSeat(t.db, mine, { title, opensOn: '2040-01-01', closesOn: '2040-12-31' });
      await insertSeat(t.db, theirs, { title: 'D', opensOn: '2041-01-01' });

      const byPmo = await t.gql<SeatsPage>(
        SEATS,
        { filter: { pmoIds: [mine, theirs] }, first: 2 },
        otherDirector.headers,
      );
      expect(byPmo.errors).toBeUndefined();
      expect(byPmo.data!.seats.totalCount).toBe(4);
      expect(byPmo.data!.seats.edges.map((e) => e.node.title)).toEqual(['A', 'B']);
      const next = await t.gql<SeatsPage>(
        SEATS,
        {
          filter: { pmoIds: [mine, theirs] },
          first: 2,
          after: byPmo.data!.seats.pageInfo.endCursor,
        },
        otherDirector.headers,
      );
      expect(next.data!.seats.edges.map((e) => `${e.node.pmo.name}/${e.node.title}`)).toEqual([
        'AAA mine/C',
        'AAB theirs/D',
      ]);
      expect(next.data!.seats.pageInfo.hasNextPage).toBe(false);

      const openOn = await t.gql<SeatsPage>(
        SEATS,
        { filter: { pmoIds: [mine, theirs], openOn: '2041-06-01' } },
        hr.headers,
      );
      expect(openOn.data!.seats.edges.map((e) => e.node.title)).toEqual(['D']);

      const directed = await t.gql<SeatsPage>(
        SEATS,
        { filter: { directedByMe: true }, first: 100 },
        otherDirector.headers,
      );
      const directedPmos = new Set(directed.data!.seats.edges.map((e) => e.node.pmo.name));
      expect(directedPmos.has('AAA mine')).toBe(true);
      expect(directedPmos.has('AAB theirs')).toBe(false);

      const badDate = await t.gql(SEATS, { filter: { openOn: '2041-13-01' } }, hr.headers);
      expect(fieldsOf(badDate.errors)).toEqual(['filter.openOn']);
      const badCursor = await t.gql(SEATS, { after: 'nope' }, hr.headers);
      expect(fieldsOf(badCursor.errors)).toEqual(['after']);
    });

    it('resolves directors, seats, departments and open counts without N+1 queries', async () => {
      const query = `{ pmos { name departmentName directors { email } openSeatCount seats { title pmo { name } } } }`;
      const spy = jest.spyOn(Client.prototype, 'query');
      const count = async () => {
        spy.mockClear();
        const response = await t.gql<{ pmos: unknown[] }>(query, {}, hr.headers);
        expect(response.errors).toBeUndefined();
        return { calls: spy.mock.calls.length, pmos: response.data!.pmos.length };
      };
      const addPmos = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const pmoId = await insertPmo(t.db, {
            scope: 'DEPARTMENT',
            departmentId: await insertDepartment(t.db),
            directorIds: [director.userId, otherDirector.userId],
          });
          await insertSeat(t.db, pmoId);
          await insertSeat(t.db, pmoId);
        }
      };
      try {
        await addPmos(2);
        const small = await count();
        await addPmos(18);
        const large = await count();
        expect(large.pmos).toBe(small.pmos + 18);
        expect(large.calls).toBe(small.calls);
        // the session, the PMOs, and one batch each of departments, directors, seats, open counts and Seat.pmo
        expect(large.calls).toBeLessThanOrEqual(7);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
