import { useCallback, useState } from 'react';

/**
 * Previous/next over a Relay connection: remembers the cursors of the pages seen, and starts
 * again whenever `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const next = useCallback(
    (endCursor: string | null) => {
      if (!endCursor) return;
      setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    [resetKey, cursors],
  );
  const previous = useCallback(() => {
    setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : [null] });
  }, [resetKey, cursors]);
  return { after: cursors[cursors.length - 1], page: cursors.length, next, previous };
}
