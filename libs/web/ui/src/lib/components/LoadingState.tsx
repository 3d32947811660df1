export interface LoadingStateProps {
  /** What is loading, read out by screen readers and shown beside the spinner. */
  label?: string;
}

/** A small, polite "wait a moment" for whole-page waits (not charts: they have skeletons). */
export function LoadingState({ label = 'Loading…' }: LoadingStateProps) {
  return (
    <div className="loading-state" role="status">
      <span className="loading-state__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
