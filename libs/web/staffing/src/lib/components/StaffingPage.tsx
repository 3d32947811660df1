import { useEffect } from 'react';
import { useSession } from '@stint/web-data-access';
import { PageHeading } from '@stint/web-ui';
import { useStaffing } from '../hooks/useStaffing';
import { FairnessPanel } from './FairnessPanel';
import { HeadcountByDepartmentPanel } from './HeadcountByDepartmentPanel';
import { HeadcountByLevelPanel } from './HeadcountByLevelPanel';
import { preloadStaffingCharts } from './LazyStaffingCharts';
import { OpenSeatsPanel } from './OpenSeatsPanel';
import { ParticipationByLevelPanel } from './ParticipationByLevelPanel';
import { UpcomingReturnsPanel } from './UpcomingReturnsPanel';

/** Who may see the fairness tables (the API says the same: HR and admins, not directors). */
const FAIRNESS_ROLES = new Set(['HR', 'ADMIN']);

/** Staffing (SPEC §6): headcount, participation, returns, open seats and (HR) fairness. */
export function StaffingPage() {
  const { user } = useSession();
  const staffing = useStaffing();
  useEffect(() => preloadStaffingCharts(), []);

  return (
    <>
      <PageHeading title="Staffing">
        Who works where today, how each career level takes part in rotations, who comes back soon
        and which seats are open.
      </PageHeading>
      <div className="staffing-grid">
        <HeadcountByDepartmentPanel />
        <HeadcountByLevelPanel result={staffing} />
        <ParticipationByLevelPanel result={staffing} />
        <UpcomingReturnsPanel result={staffing} />
        <OpenSeatsPanel result={staffing} />
        {user && FAIRNESS_ROLES.has(user.role) && <FairnessPanel />}
      </div>
    </>
  );
}
