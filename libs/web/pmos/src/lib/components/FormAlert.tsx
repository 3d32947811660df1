import { useEffect, useRef } from 'react';

export interface FormAlertProps {
  message: string | undefined;
  /** Set for CONFLICT STALE: someone else changed the record since it was loaded. */
  onReload?: () => void;
}

/**
 * A form's one alert, focused when it appears so keyboard and screen-reader users hear it.
 * A stale edit offers to reload the record (the form's values are then replaced).
 */
export function FormAlert({ message, onReload }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="form-alert">
      <p>{message}</p>
      {onReload && (
        <button type="button" className="button button--secondary" onClick={onReload}>
          Reload the latest version
        </button>
      )}
    </div>
  );
}
