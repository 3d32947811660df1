import { rate, toOutcomes, type OutcomeCounts } from './outcomes.service';

const filter = {
  from: '2024-01-01',
  to: '2024-12-31',
  asOf: '2026-11-01',
  scope: null,
  departmentId: null,
  careerLevel: null,
};

function counts(alumniPeople: number, comparisonPeople: number): OutcomeCounts {
  return {
    rotations: alumniPeople,
    goals: [
      { goal: 'PROGRAM_MANAGEMENT', aimed: 6, recorded: 5, achieved: 4 },
      { goal: 'EXECUTIVE_NETWORK', aimed: 4, recorded: 4, achieved: 4 },
      { goal: 'PROCESS_IMPROVEMENT', aimed: 6, recorded: 3, achieved: 3 },
    ],
    groups: [
      {
        group: 'ALUMNI',
        people: alumniPeople,
        observations: alumniPeople,
        promoted: 5,
        medianMonths: 7,
        observed12: 6,
        promoted12: 3,
        observed24: 4,
        promoted24: 3,
        retained12: 5,
        employed3: 4,
        inDelivery3: 4,
      },
      {
        group: 'COMPARISON',
        people: comparisonPeople,
        observations: comparisonPeople,
        promoted: 2,
        medianMonths: 10,
        observed12: 9,
        promoted12: 1,
        observed24: 9,
        promoted24: 2,
        retained12: 9,
        employed3: 9,
        inDelivery3: 9,
      },
    ],
    curve: [
      { group: 'ALUMNI', months: 12, observed: 6, promoted: 3 },
      { group: 'ALUMNI', months: 24, observed: 4, promoted: 3 },
      { group: 'COMPARISON', months: 12, observed: 9, promoted: 1 },
      { group: 'COMPARISON', months: 24, observed: 9, promoted: 2 },
    ],
  };
}

describe('outcome suppression', () => {
  it('shows a rate only over a denominator of 5 or more', () => {
    expect(rate(2, 4)).toEqual({ value: null, count: null, total: null, suppressed: true });
    expect(rate(2, 5)).toEqual({ value: 0.4, count: 2, total: 5, suppressed: false });
    expect(rate(5, 5, true).suppressed).toBe(true);
  });

  it('suppresses rates, goals and medians over fewer than 5, and keeps the rest', () => {
    const o = toOutcomes(counts(6, 9), filter);
    expect(o.rotations).toBe(6);
    expect(o.goals.map((g) => [g.goal, g.aimed, g.achieved.value])).toEqual([
      ['PROGRAM_MANAGEMENT', 6, 0.8],
      ['EXECUTIVE_NETWORK', null, null], // aimed by 4
      ['PROCESS_IMPROVEMENT', 6, null], // 3 recorded
    ]);
    expect(o.alumni.promotedWithin12.value).toBe(0.5);
    expect(o.alumni.promotedWithin24.suppressed).toBe(true); // 4 observed
    expect(o.alumni.monthsToPromotion).toEqual({ months: 7, count: 5, suppressed: false });
    expect(o.alumni.inDelivery3.suppressed).toBe(true); // 4 employed
    expect(o.comparison.monthsToPromotion.suppressed).toBe(true); // 2 promoted
    expect(o.comparison.retained12.value).toBe(1);
    expect(o.curve.map((p) => [p.months, p.alumni.value, p.comparison.value])).toEqual([
      [12, 0.5, 1 / 9],
      [24, null, 2 / 9],
    ]);
  });

  it('hides every number of a group of 4 people', () => {
    const o = toOutcomes(counts(4, 9), filter);
    expect(o.rotations).toBeNull();
    expect(o.alumni).toMatchObject({ suppressed: true, people: null, observations: null });
    expect(o.alumni.retained12.value).toBeNull();
    expect(o.goals.every((g) => g.aimed === null && g.achieved.suppressed)).toBe(true);
    expect(o.curve.every((p) => p.alumni.suppressed)).toBe(true);
    expect(o.comparison.people).toBe(9);
  });
});
