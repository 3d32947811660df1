export * from './lib/analytics.module';
export { COVERAGE_JSON_SQL, COVERAGE_SQL } from './lib/sql/coverage.sql';
export { HEADCOUNT_CELLS_SQL, PARTICIPATION_SQL } from './lib/sql/staffing.sql';
export { FAIRNESS_SQL } from './lib/sql/fairness.sql';
export {
  REFERENCE_COVERAGE_SQL,
  REFERENCE_FAIRNESS_SQL,
  REFERENCE_HEADCOUNT_CELLS_SQL,
  REFERENCE_PARTICIPATION_SQL,
} from './lib/sql/reference.sql';
export { CANDIDATES_SQL } from './lib/sql/candidates.sql';
export { AWAY_MONTHS_SQL, REFERENCE_AWAY_MONTHS_SQL } from './lib/sql/away.sql';
export { PMO_FILL_JSON_SQL, PMO_FILL_SQL } from './lib/sql/fill.sql';
export { REFERENCE_PMO_FILL_SQL } from './lib/sql/reference-fill.sql';
export { OUTCOMES_SQL } from './lib/sql/outcomes.sql';
export { REFERENCE_OUTCOMES_SQL } from './lib/sql/reference-outcomes.sql';
export { ELIGIBLE_PEOPLE_SQL } from '@stint/api-data';
export { coverageParams } from './lib/services/coverage.service';
export { candidatesParams, type SeatFacts } from './lib/services/candidates.service';
