import { parse, type DocumentNode } from 'graphql';

/** Ids per request: the API refuses operations with more than 15 aliases (graphql-hardening). */
export const PERSON_NAMES_CHUNK = 12;

export interface PersonName {
  id: string;
  fullName: string;
  department: { id: string; name: string };
}

/**
 * One query that reads many people by id, as aliases (`p0: person(id: $id0)`), so a list of
 * requests or rotations shows names with one round trip instead of one per row. Built at run time
 * because the number of ids varies; the fields are fixed and the ids travel as variables. Each
 * alias is the cache's ordinary `person({"id":…})` field, so names read here are shared with
 * every other screen.
 */
export function buildPersonNamesQuery(count: number): DocumentNode {
  const variables: string[] = [];
  const fields: string[] = [];
  for (let i = 0; i < count; i++) {
    variables.push('$id' + i + ': ID!');
    fields.push('p' + i + ': person(id: $id' + i + ') { id fullName department { id name } }');
  }
  return parse('query PersonNames(' + variables.join(', ') + ') { ' + fields.join(' ') + ' }');
}

export function personNamesVariables(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id, i) => ['id' + i, id]));
}
