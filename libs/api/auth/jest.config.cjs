module.exports = {
  displayName: 'api-auth',
  preset: '../../../jest.preset.cjs',
  rootDir: '.',
  passWithNoTests: true,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
