export * from './coverage-fixture';
export * from './history-fixture';
