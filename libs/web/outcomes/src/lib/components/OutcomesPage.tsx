import { useEffect } from 'react';
import { useSession } from '@stint/web-data-access';
import { PageHeading } from '@stint/web-ui';
import { useOutcomes } from '../hooks/useOutcomes';
import { useOutcomesFilter } from '../hooks/useOutcomesFilter';
import { SUPPRESSED } from '../utils/toOutcomeRows';
import { GoalsAchievedPanel } from './GoalsAchievedPanel';
import { preloadOutcomesCharts } from './LazyOutcomesCharts';
import { OutcomesFilters } from './OutcomesFilters';
import { PromotionCurvePanel } from './PromotionCurvePanel';
import { RetentionPanel } from './RetentionPanel';

/** Outcomes (SPEC §8): does a rotation go with a better career here? Association, not cause. */
export function OutcomesPage() {
  const { user } = useSession();
  const orgOnly = user?.role === 'PM';
  const { filter, setFilter } = useOutcomesFilter();
  const result = useOutcomes(filter, orgOnly);
  useEffect(() => preloadOutcomesCharts(), []);
  const data = result.data;
  const count = (n: number | null | undefined) => (n == null ? SUPPRESSED : String(n));

  return (
    <>
      <PageHeading title="Outcomes">
        What happened after PMO rotations that ended between {filter.from} and {filter.to}: goals
        achieved, promotions, and whether alumni stayed and went back to delivery.
      </PageHeading>
      <p className="outcomes__caution" role="note">
        <strong>Association, not cause.</strong> These figures compare people in this
        organisation&apos;s own data. People who rotate choose, and are chosen, for reasons that
        also shape their careers, so a difference here does not prove that a rotation caused it.
        Groups of fewer than 5 people, and rates over fewer than 5, are shown as &ldquo;
        {SUPPRESSED}&rdquo;.
        {orgOnly && ' Project managers see the organisation as a whole.'}
      </p>
      <OutcomesFilters filter={filter} onChange={setFilter} orgOnly={orgOnly} />
      {data && (
        <p className="outcomes__counts" aria-live="polite">
          Completed rotations: {count(data.rotations)}. Alumni: {count(data.alumni.people)} people.
          Comparison group: {count(data.comparison.people)} people.
        </p>
      )}
      <div className="staffing-grid">
        <GoalsAchievedPanel result={result} />
        <PromotionCurvePanel result={result} />
        <RetentionPanel result={result} />
      </div>
    </>
  );
}
