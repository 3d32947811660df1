// @stint/generator: the deterministic demo/benchmark organisation (SPEC §7) and its loader.
export { generateOrganisation } from './organisation';
export {
  DatabaseNotEmptyError,
  loadOrganisation,
  type LoadOptions,
  type LoadProgress,
  type LoadSummary,
  type PgConnectable,
} from './copy-loader';
export { DEMO_SEED, seedDemoIfEmpty } from './seed-demo';
export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
export { ORGANISATION_SIZES, SIZE_PROFILES, isOrganisationSize, type SizeProfile } from './sizes';
export { INVARIANT_QUERIES } from './invariants';
export { TABLE_ORDER } from './types';
export type * from './types';
export { Rng } from './prng';
