export * from './coverage-fixture';
