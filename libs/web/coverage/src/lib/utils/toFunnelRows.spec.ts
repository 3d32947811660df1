import { isEmptyFunnel, toFunnelRows } from './toFunnelRows';

describe('toFunnelRows', () => {
  it('lists the steps, then the ways out, each as a share of what was submitted', () => {
    const rows = toFunnelRows({
      submitted: 20,
      approved: 12,
      declined: 5,
      withdrawn: 3,
      placed: 10,
      completed: 4,
    });
    expect(rows.map((r) => [r.stage, r.kind, r.count, r.shareOfSubmitted])).toEqual([
      ['Submitted', 'step', 20, 1],
      ['Approved', 'step', 12, 0.6],
      ['Placed', 'step', 10, 0.5],
      ['Completed', 'step', 4, 0.2],
      ['Declined', 'exit', 5, 0.25],
      ['Withdrawn', 'exit', 3, 0.15],
    ]);
    expect(isEmptyFunnel(rows)).toBe(false);
  });

  it('gives shares of 0, not NaN, when nothing was submitted', () => {
    const rows = toFunnelRows({
      submitted: 0,
      approved: 0,
      declined: 0,
      withdrawn: 0,
      placed: 0,
      completed: 0,
    });
    expect(rows.every((r) => r.shareOfSubmitted === 0)).toBe(true);
    expect(isEmptyFunnel(rows)).toBe(true);
  });
});
