import { insertPerson, insertPmoWithSeat, insertRotation } from '@stint/api-core/testing';
import { departmentOf, directedSeat, extraSeat } from './support/rotation-factories';
import { startTestApp, type SignedIn, type TestApp } from './support/test-app';

/**
 * `rotations(filter: { outcomeDue, directedByMe })`: the Planning screen's "outcomes due" list
 * and the count on its navigation item.
 */
const DUE = `query Due($directedByMe: Boolean, $first: Int!, $after: String) {
  rotations(filter: { outcomeDue: true, directedByMe: $directedByMe }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id endsOn status goalsAchieved } }
  }
}`;

interface DuePage {
  rotations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; endsOn: string; status: string; goalsAchieved: string[] | null };
    }[];
  };
}

describe('rotations with an outcome due', () => {
  let t: TestApp;
  let director: SignedIn;
  let admin: SignedIn;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    director = await t.signIn('DIRECTOR');
    admin = await t.signIn('ADMIN');
    const { people } = await departmentOf(t, 6);
    const { pmoId, seatId } = await directedSeat(t, director);
    const seat2 = await extraSeat(t, pmoId);
    const seat3 = await extraSeat(t, pmoId);
    // Completed, no outcome: the later end first in insertion order, to prove the sort.
    ids.dueLater = await insertRotation(t.db, {
      personId: people[0],
      seatId,
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
    });
    ids.dueEarlier = await insertRotation(t.db, {
      personId: people[1],
      seatId: seat2,
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
    });
    ids.recorded = await insertRotation(t.db, {
      personId: people[2],
      seatId: seat3,
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
    });
    await insertRotation(t.db, {
      personId: people[3],
      seatId: seat3,
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
      cancelled: true,
    });
    await insertRotation(t.db, {
      personId: people[4],
      seatId: seat3,
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
    });
    // A PMO this director does not direct.
    const other = await insertPmoWithSeat(t.db, { opensOn: '2020-01-01' });
    const outsider = await insertPerson(t.db, (await departmentOf(t, 1)).departmentId);
    ids.otherPmo = await insertRotation(t.db, {
      personId: outsider,
      seatId: other.seatId,
      startsOn: '2021-06-01',
      endsOn: '2022-05-31',
    });
    const recorded = await t.gql(
      `mutation { recordRotationOutcome(id: "${ids.recorded}", goalsAchieved: [], note: "Done.") { id } }`,
      {},
      director.headers,
    );
    expect(recorded.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it("lists only the director's completed rotations without an outcome, earliest end first", async () => {
    const response = await t.gql<DuePage>(DUE, { directedByMe: true, first: 20 }, director.headers);
    expect(response.errors).toBeUndefined();
    expect(response.data!.rotations.totalCount).toBe(2);
    expect(response.data!.rotations.edges.map((e) => e.node)).toEqual([
      { id: ids.dueEarlier, endsOn: '2022-12-31', status: 'COMPLETED', goalsAchieved: null },
      { id: ids.dueLater, endsOn: '2023-12-31', status: 'COMPLETED', goalsAchieved: null },
    ]);
  });

  it('pages in the same order', async () => {
    const first = await t.gql<DuePage>(DUE, { directedByMe: true, first: 1 }, director.headers);
    expect(first.data!.rotations.edges.map((e) => e.node.id)).toEqual([ids.dueEarlier]);
    expect(first.data!.rotations.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<DuePage>(
      DUE,
      { directedByMe: true, first: 1, after: first.data!.rotations.pageInfo.endCursor },
      director.headers,
    );
    expect(second.data!.rotations.edges.map((e) => e.node.id)).toEqual([ids.dueLater]);
    expect(second.data!.rotations.pageInfo.hasNextPage).toBe(false);
  });

  it('drops a rotation from the list once its outcome is recorded', async () => {
    const recorded = await t.gql(
      `mutation($id: ID!) { recordRotationOutcome(id: $id, goalsAchieved: [PROCESS_IMPROVEMENT], note: "Led the template review.") { id } }`,
      { id: ids.dueLater },
      director.headers,
    );
    expect(recorded.errors).toBeUndefined();
    const response = await t.gql<DuePage>(DUE, { directedByMe: true, first: 20 }, director.headers);
    expect(response.data!.rotations.edges.map((e) => e.node.id)).toEqual([ids.dueEarlier]);
  });

  it('gives an admin every PMO when not narrowed to directed ones', async () => {
    const response = await t.gql<DuePage>(DUE, { first: 20 }, admin.headers);
    const listed = response.data!.rotations.edges.map((e) => e.node.id);
    expect(listed).toEqual([ids.otherPmo, ids.dueEarlier]);
  });
});
