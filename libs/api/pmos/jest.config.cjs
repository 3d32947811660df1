module.exports = {
  displayName: 'api-pmos',
  preset: '../../../jest.preset.cjs',
  rootDir: '.',
  passWithNoTests: true,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
