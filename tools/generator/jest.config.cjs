module.exports = {
  displayName: 'generator',
  preset: '../../jest.preset.cjs',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../../libs/api/core/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/api/core/src/testing/global-teardown.ts',
  testTimeout: 60000,
};
