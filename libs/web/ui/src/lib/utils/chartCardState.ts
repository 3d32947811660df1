export type ChartCardState = 'loading' | 'error' | 'empty' | 'ready';

export interface ChartCardStateInput {
  loading: boolean;
  errorMessage?: string | null;
  rowCount: number;
}

/**
 * Which face a chart card shows. Rows already on screen stay there while they refresh; a retry
 * after an error shows the skeleton again rather than the stale error.
 */
export function chartCardState({
  loading,
  errorMessage,
  rowCount,
}: ChartCardStateInput): ChartCardState {
  if (loading && rowCount === 0) return 'loading';
  if (errorMessage) return 'error';
  if (rowCount === 0) return 'empty';
  return 'ready';
}

/** The sentence a chart card's status line reads out for its state ('' for an error: the alert speaks). */
export function chartCardStatus(
  state: ChartCardState,
  title: string,
  rowCount: number,
  emptyMessage: string,
): string {
  return state === 'loading'
    ? `Loading ${title}…`
    : state === 'empty'
      ? emptyMessage
      : state === 'ready'
        ? `${title}: showing ${rowCount} ${rowCount === 1 ? 'row' : 'rows'}.`
        : '';
}
