import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

// Where the browser cannot tell us (jsdom, very old browsers) assume reduced motion: a chart
// that appears without animating is never worse than one that moves.
function getSnapshot(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia(QUERY).matches;
}

/** True when the user asked the system for less motion; charts then skip their animations. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => true);
}
