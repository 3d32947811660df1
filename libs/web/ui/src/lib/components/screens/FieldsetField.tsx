import { useId, type ReactNode } from 'react';

export interface FieldsetFieldProps {
  legend: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** A group of checkboxes or radios with one legend and one error message. */
export function FieldsetField({ legend, error, hint, children }: FieldsetFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={error ? 'form-fieldset form-field--invalid' : 'form-fieldset'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="form-field__label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
