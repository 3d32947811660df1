import type { FairnessGroup } from './staffingTypes';
import { toFairnessRows } from './toFairnessRows';

const group = (
  overrides: Partial<FairnessGroup> & Pick<FairnessGroup, 'key' | 'label'>,
): FairnessGroup => ({
  dimension: 'DEPARTMENT',
  suppressed: false,
  people: 12,
  requestRate: 0.25,
  approvalSuppressed: false,
  decided: 8,
  approvalRate: 0.5,
  placementRate: 1 / 6,
  medianDaysToDecision: 9.5,
  impactRatio: 0.75,
  belowFourFifths: true,
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
      approvalSuppressed: false,
      decided: 8,
      approvalRate: 0.5,
      placementRate: 1 / 6,
      medianDaysToDecision: 9.5,
      impactRatio: 0.75,
      belowFourFifths: true,
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

  it('shows no approval rate or median over fewer than 5 decisions, even if numbers arrived', () => {
    const { byDepartment } = toFairnessRows([
      group({ key: 'd-1', label: 'IT', people: 9, decided: 2, approvalRate: 0.5 }),
    ]);
    expect(byDepartment[0]).toMatchObject({
      approvalSuppressed: true,
      decided: null,
      approvalRate: null,
      medianDaysToDecision: null,
      people: 9,
    });
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
