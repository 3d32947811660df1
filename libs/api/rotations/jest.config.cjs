module.exports = {
  displayName: 'api-rotations',
  preset: '../../../jest.preset.cjs',
  rootDir: '.',
  passWithNoTests: true,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
