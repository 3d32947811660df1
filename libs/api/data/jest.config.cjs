module.exports = {
  displayName: 'api-data',
  preset: '../../../jest.preset.cjs',
  rootDir: '.',
  passWithNoTests: true,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
