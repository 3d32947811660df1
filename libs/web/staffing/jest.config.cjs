module.exports = {
  displayName: 'web-staffing',
  preset: '../../../jest.preset.cjs',
  rootDir: '.',
  passWithNoTests: true,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
