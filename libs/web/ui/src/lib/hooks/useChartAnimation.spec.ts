import { renderHook } from '@testing-library/react';
import { MAX_ANIMATED_MARKS, useChartAnimation } from './useChartAnimation';

function prefersReducedMotion(reduce: boolean): void {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

describe('useChartAnimation', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('animates a chart of a few bars, not one of hundreds', () => {
    prefersReducedMotion(false);
    expect(renderHook(() => useChartAnimation(12)).result.current).toBe(true);
    expect(renderHook(() => useChartAnimation(MAX_ANIMATED_MARKS)).result.current).toBe(true);
    expect(renderHook(() => useChartAnimation(MAX_ANIMATED_MARKS + 1)).result.current).toBe(false);
    expect(renderHook(() => useChartAnimation(200)).result.current).toBe(false);
  });

  it('never animates for someone who asked for less motion', () => {
    prefersReducedMotion(true);
    expect(renderHook(() => useChartAnimation(3)).result.current).toBe(false);
  });
});
