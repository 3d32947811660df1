export * from './lib/config/config';
export * from './lib/database/data-source-options';
export * from './lib/database/embedded-postgres';
export * from './lib/database/migrate';
export * from './lib/database/with-database';
