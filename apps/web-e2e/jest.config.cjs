module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.cjs',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../../libs/api/core/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/api/core/src/testing/global-teardown.ts',
  testTimeout: 60000,
  // One server and one browser per file; files run one after another on a 2-core machine.
  maxWorkers: 1,
};
