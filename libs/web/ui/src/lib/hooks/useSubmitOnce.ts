import { useCallback, useRef, useState } from 'react';

/**
 * Runs an async submit at most once at a time: a double click, or Enter pressed twice, sends one
 * request. `pending` drives the disabled button; the ref closes the gap before React re-renders.
 */
export function useSubmitOnce(): {
  pending: boolean;
  run: (submit: () => Promise<unknown>) => Promise<void>;
} {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const run = useCallback(async (submit: () => Promise<unknown>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    try {
      await submit();
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { pending, run };
}
