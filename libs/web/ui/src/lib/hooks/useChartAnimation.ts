import { usePrefersReducedMotion } from './usePrefersReducedMotion';

/**
 * Above this many bars a chart appears without animating: Recharts redraws every bar on every
 * frame of its animation (1.5 s), which at 200 departments kept the main thread busy for most
 * of a second after the answer had come, delaying the next click and the next screen.
 */
export const MAX_ANIMATED_MARKS = 60;

/** Whether a chart of `marks` bars (or points) animates: never when the user asked for less motion. */
export function useChartAnimation(marks: number): boolean {
  const reducedMotion = usePrefersReducedMotion();
  return !reducedMotion && marks <= MAX_ANIMATED_MARKS;
}
