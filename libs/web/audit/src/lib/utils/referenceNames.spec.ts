import { emptyNameBook, personIdsIn, recordName, resolverFor } from './referenceNames';

describe('reference names', () => {
  const book = {
    ...emptyNameBook(),
    department: new Map([['d1', 'Finance']]),
    person: new Map([['p1', 'Ann Example']]),
    user: new Map([['u1', 'Dana Director (director@stint.example)']]),
  };

  it('resolves id fields by the kind of record they point to', () => {
    const resolve = resolverFor(book);
    expect(resolve('departmentId', 'd1')).toBe('Finance');
    expect(resolve('parentId', 'd1')).toBe('Finance');
    expect(resolve('decidedBy', 'u1')).toBe('Dana Director (director@stint.example)');
    expect(resolve('personId', 'd1')).toBeUndefined();
    expect(resolve('fullName', 'd1')).toBeUndefined();
  });

  it("names an event's own record", () => {
    expect(recordName(book, 'person', 'p1')).toBe('Ann Example');
    expect(recordName(book, 'user_account', 'u1')).toBe('Dana Director (director@stint.example)');
    expect(recordName(book, 'rotation', 'p1')).toBeUndefined();
  });

  it('finds the people events mention', () => {
    expect(
      personIdsIn([
        { entityType: 'person', entityId: 'p1', before: null, after: { personId: 'p1' } },
        { entityType: 'rotation', entityId: 'r1', before: { personId: 'p2' }, after: 'text' },
        { entityType: 'seat', entityId: 's1', before: null, after: { pmoId: 'x' } },
      ]),
    ).toEqual(['p1', 'p2']);
  });
});
