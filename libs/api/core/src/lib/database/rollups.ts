/**
 * The precomputed analytics: each rollup's tables and the SQL function that recomputes them from
 * the base tables. Triggers keep them right in every write's transaction; the rebuild is for
 * repair (`npm run analytics:rebuild`) and for the property test that proves the two agree.
 */
export interface AnalyticsRollup {
  /** A SQL function without arguments that recomputes the tables from the base tables. */
  rebuild: string;
  tables: readonly string[];
}

export const ANALYTICS_ROLLUPS: readonly AnalyticsRollup[] = [
  { rebuild: 'analytics_rebuild_coverage', tables: ['coverage_month', 'coverage_person_event'] },
  // Derived from coverage_person_event: rebuilt after it.
  { rebuild: 'analytics_rebuild_person_eligible', tables: ['person_eligible_days'] },
  {
    rebuild: 'analytics_rebuild_fill',
    tables: ['pmo_fill_pmo', 'pmo_fill_month', 'pmo_fill_seat_month'],
  },
  {
    rebuild: 'analytics_rebuild_outcomes',
    tables: ['outcome_span', 'outcome_span_bounds', 'outcome_return'],
  },
  { rebuild: 'analytics_rebuild_fairness', tables: ['fairness_fact'] },
  { rebuild: 'analytics_rebuild_away', tables: ['away_run'] },
];
