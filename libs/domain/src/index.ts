export * from './lib/enums';
export * from './lib/dates';
export * from './lib/rotation-status';
