import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.gql');
const HEADER =
  '# Generated from the code-first API by `npm run schema:write`. Do not edit by hand.\n\n';

/**
 * The committed schema.gql is the API contract reviewers read; it must match what the code
 * serves. `npm run schema:write` regenerates it.
 */
describe('committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the server builds', () => {
    const served =
      HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, served);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== served) {
      throw new Error(
        'apps/api/schema.gql is stale: run `npm run schema:write` and commit the result',
      );
    }
  });
});
