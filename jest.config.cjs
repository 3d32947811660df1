// The workspace run: every project's Jest config (`npm test` goes through Nx instead).
module.exports = {
  projects: [
    '<rootDir>/libs/**/jest.config.cjs',
    '<rootDir>/apps/**/jest.config.cjs',
    '<rootDir>/tools/**/jest.config.cjs',
  ],
};
