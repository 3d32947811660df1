export interface ErrorNoticeProps {
  /** A sentence from describeError, never a raw error. */
  message: string;
  onRetry?: () => void;
}

/** A screen or section that could not load: what happened and a way to try again. */
export function ErrorNotice({ message, onRetry }: ErrorNoticeProps) {
  return (
    <div className="form-alert" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
