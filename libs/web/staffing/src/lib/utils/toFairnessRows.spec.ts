import type { FairnessGroup } from './staffingTypes';
import { toFairnessRows } from './toFairnessRows';

const group = (
  overrides: Partial<FairnessGroup> & Pick<FairnessGroup, 'key' | 'label'>,
): FairnessGroup => ({
  dimension: 'DEPARTMENT',
  suppressed: false,
  people: 12,
  requestRate: 0.25,
  approvalRate: 0.5,
  placementRate: 1 / 6,
  medianDaysToDecision: 9.5,
  ...overrides,
});

describe('toFairnessRows', () => {
  it('splits departments (by name) from levels (in career order)', () => {
    const tables = toFairnessRows([
      group({ key: 'SENIOR_PROJECT_MANAGER', label: 'Senior Project Manager', dimension: 'LEVEL' }),
      group({ key: 'd-2', label: 'Sales' }),
      group({ key: 'PROJECT_COORDINATOR', label: 'Project Coordinator', dimension: 'LEVEL' }),
      group({ key: 'd-1', label: 'Finance' }),
    ]);
    expect(tables.byDepartment.map((r) => r.label)).toEqual(['Finance', 'Sales']);
    expect(tables.byLevel.map((r) => r.label)).toEqual([
      'Project Coordinator',
      'Senior Project Manager',
    ]);
    expect(tables.byDepartment[0]).toEqual({
      key: 'd-1',
      label: 'Finance',
      suppressed: false,
      people: 12,
      requestRate: 0.25,
      approvalRate: 0.5,
      placementRate: 1 / 6,
      medianDaysToDecision: 9.5,
    });
  });

  it('keeps no number at all for a suppressed group', () => {
    const { byDepartment } = toFairnessRows([
      group({
        key: 'd-1',
        label: 'Legal',
        suppressed: true,
        people: null,
        requestRate: null,
        approvalRate: null,
        placementRate: null,
        medianDaysToDecision: null,
      }),
    ]);
    expect(byDepartment).toEqual([{ key: 'd-1', label: 'Legal', suppressed: true }]);
  });

  it('suppresses a group under five people even if the answer carried numbers', () => {
    const { byDepartment } = toFairnessRows([group({ key: 'd-1', label: 'Legal', people: 4 })]);
    expect(byDepartment).toEqual([{ key: 'd-1', label: 'Legal', suppressed: true }]);
  });

  it('keeps a missing rate missing rather than zero (no decided requests yet)', () => {
    const { byDepartment } = toFairnessRows([
      group({ key: 'd-1', label: 'IT', approvalRate: null, medianDaysToDecision: null }),
    ]);
    expect(byDepartment[0]).toMatchObject({
      approvalRate: null,
      medianDaysToDecision: null,
      people: 12,
    });
  });
});
