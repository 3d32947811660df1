/**
 * @jest-environment node
 */
import { print } from 'graphql';
import { buildPersonNamesQuery, personNamesVariables } from './personNamesQuery';

describe('buildPersonNamesQuery', () => {
  it('asks for each person under its own alias, ids as variables', () => {
    const text = print(buildPersonNamesQuery(2));
    expect(text).toContain('query PersonNames($id0: ID!, $id1: ID!)');
    expect(text).toContain('p0: person(id: $id0)');
    expect(text).toContain('p1: person(id: $id1)');
    expect(personNamesVariables(['a', 'b'])).toEqual({ id0: 'a', id1: 'b' });
  });
});
