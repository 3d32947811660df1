export * from './test-database';
export * from './sql-factories';
