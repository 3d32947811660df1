export * from './test-database';
export * from './sql-factories';
export { removeScratch, startTestPostgres } from './global-setup';
export * from './smtp-sink';
export * from './oidc-test-provider';
