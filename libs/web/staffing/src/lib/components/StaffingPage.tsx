import { PageHeading } from '@stint/web-ui';
import { HeadcountByDepartmentPanel } from './HeadcountByDepartmentPanel';

/** Staffing (SPEC §6): HR's view of headcount, participation, returns and fairness. */
export function StaffingPage() {
  return (
    <>
      <PageHeading title="Staffing">
        Who works where today. Participation by level, upcoming returns and fairness follow.
      </PageHeading>
      <HeadcountByDepartmentPanel />
    </>
  );
}
