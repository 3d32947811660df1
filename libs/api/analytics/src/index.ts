export * from './lib/analytics.module';
export { COVERAGE_SQL } from './lib/sql/coverage.sql';
export { CANDIDATES_SQL } from './lib/sql/candidates.sql';
export { ELIGIBLE_PEOPLE_SQL } from '@stint/api-data';
export { coverageParams } from './lib/services/coverage.service';
export { candidatesParams, type SeatFacts } from './lib/services/candidates.service';
// The hand-built fixture (plain data) the fixture test and the web's transform tests share.
export { ANALYTICS_ROLLUPS, type AnalyticsRollup } from './lib/rollups';
