import { serverAudits, type AuditResult } from 'graphql-http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The GraphQL-over-HTTP conformance audits (graphql-http's serverAudits) against the real
 * server. The audits send signed-out requests such as `{ __typename }`, which Stint answers
 * without a session (no resolver runs, so no guard does). SHOULDs that fail by design are
 * listed here and in the README ("GraphQL over HTTP").
 */
const LEGACY_200 =
  'Apollo Server answers a request it cannot execute with 400 whatever the Accept header; the 200 is for legacy ' +
  'application/json clients, and Stint wants over-limit and malformed requests to be a 400 for every client';
const KNOWN_SHOULD_FAILURES: Record<string, string> = {
  'SHOULD use 200 status code on document parsing failure when accepting application/json':
    LEGACY_200,
  'SHOULD use 200 status code on document validation failure when accepting application/json':
    LEGACY_200,
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json':
    LEGACY_200,
};

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let t: TestApp;
  let results: { name: string; status: AuditResult['status']; reason?: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    const audits = serverAudits({ url: `${t.url}/graphql`, fetchFn: fetch });
    results = [];
    for (const audit of audits) {
      const result = await audit.fn();
      results.push({
        name: audit.name,
        status: result.status,
        reason: result.status === 'ok' ? undefined : result.reason,
      });
    }
    const failed = results.filter((r) => r.status !== 'ok');
    process.stdout.write(
      `graphql-http audits: ${results.length} run, ${results.length - failed.length} ok\n` +
        failed.map((r) => `  ${r.status.padEnd(6)} ${r.name}\n         ${r.reason}\n`).join(''),
    );
  });
  afterAll(() => t.close());

  it('passes every MUST', () => {
    expect(results.length).toBeGreaterThan(20);
    expect(results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')).toEqual([]);
  });

  it('fails only the SHOULDs documented in the README', () => {
    const should = results
      .filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok')
      .map((r) => r.name);
    expect(should.sort()).toEqual(Object.keys(KNOWN_SHOULD_FAILURES).sort());
  });
});
