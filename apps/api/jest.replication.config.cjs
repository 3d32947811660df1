/**
 * The replication suite: a real PostgreSQL primary, a real streaming replica and two API
 * processes (apps/api/test-replication). Starts its own servers; needs no test database.
 */
module.exports = {
  displayName: 'api-replication',
  preset: '../../jest.preset.cjs',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test-replication/**/*.replication-spec.ts'],
  testTimeout: 60000,
};
