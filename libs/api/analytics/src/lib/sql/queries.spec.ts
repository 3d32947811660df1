// The heavy analytics SQL, written out to libs/api/analytics/queries/*.sql so that a change to a
// query shows in review as a diff of plain SQL. Regenerate with
// `UPDATE_QUERIES=1 npx jest -c libs/api/analytics/jest.config.cjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AWAY_MONTHS_SQL, REFERENCE_AWAY_MONTHS_SQL } from './away.sql';
import { CANDIDATES_SQL } from './candidates.sql';
import { COVERAGE_SQL } from './coverage.sql';
import { ELIGIBLE_PEOPLE_SQL } from '@stint/api-data';
import { IMPACT_SQL } from './impact.sql';
import { OUTCOMES_SQL } from './outcomes.sql';
import {
  REFERENCE_COVERAGE_SQL,
  REFERENCE_FAIRNESS_SQL,
  REFERENCE_HEADCOUNT_CELLS_SQL,
  REFERENCE_PARTICIPATION_SQL,
} from './reference.sql';
import { HEADCOUNT_CELLS_SQL, PARTICIPATION_SQL } from './staffing.sql';
import { FAIRNESS_SQL } from './fairness.sql';
import { OPEN_SEATS_SQL, PMO_FILL_SQL, REQUEST_FUNNEL_SQL, UPCOMING_RETURNS_SQL } from './fill.sql';
import { REFERENCE_PMO_FILL_SQL } from './reference-fill.sql';

const DIR = path.resolve(__dirname, '../../../queries');
const QUERIES: Record<string, string> = {
  coverage: COVERAGE_SQL,
  candidates: CANDIDATES_SQL,
  'away-months': AWAY_MONTHS_SQL,
  'reference-away-months': REFERENCE_AWAY_MONTHS_SQL,
  'eligible-people': ELIGIBLE_PEOPLE_SQL,
  'rotation-impact': IMPACT_SQL,
  'pmo-fill': PMO_FILL_SQL,
  'pmo-fill-reference': REFERENCE_PMO_FILL_SQL,
  fairness: FAIRNESS_SQL,
  outcomes: OUTCOMES_SQL,
  'request-funnel': REQUEST_FUNNEL_SQL,
  'staffing-headcount': HEADCOUNT_CELLS_SQL,
  'staffing-participation': PARTICIPATION_SQL,
  'staffing-upcoming-returns': UPCOMING_RETURNS_SQL,
  'staffing-open-seats': OPEN_SEATS_SQL,
  'reference-coverage': REFERENCE_COVERAGE_SQL,
  'reference-fairness': REFERENCE_FAIRNESS_SQL,
  'reference-staffing-headcount': REFERENCE_HEADCOUNT_CELLS_SQL,
  'reference-staffing-participation': REFERENCE_PARTICIPATION_SQL,
};

describe('committed SQL snapshots (libs/api/analytics/queries)', () => {
  it.each(Object.keys(QUERIES))('%s.sql matches the query the code runs', (name) => {
    const file = path.join(DIR, `${name}.sql`);
    const text = `-- Generated from libs/api/analytics/src/lib/sql by queries.spec.ts; do not edit.\n${QUERIES[name].trim()}\n`;
    if (process.env['UPDATE_QUERIES'] === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
