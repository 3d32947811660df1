module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.cjs',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/../../libs/api/core/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/api/core/src/testing/global-teardown.ts',
  testTimeout: 30000,
};
