export interface ChartCardErrorProps {
  title: string;
  /** A sentence for people (see describeError), never an error object. */
  errorMessage?: string | null;
  /** Called by the Retry button; without it there is no button. */
  onRetry?: () => void;
}

/** A chart card's or table panel's error: what could not be loaded, and a retry. */
export function ChartCardError({ title, errorMessage, onRetry }: ChartCardErrorProps) {
  return (
    <div role="alert" className="chart-card__message chart-card__message--error">
      <p>
        <strong>{title} could not be loaded.</strong> {errorMessage}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
