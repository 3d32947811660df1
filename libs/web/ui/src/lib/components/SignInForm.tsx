import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export interface SignInFormValues {
  email: string;
  password: string;
}

export interface SignInFormProps {
  onSubmit: (values: SignInFormValues) => void;
  /** While true the button is disabled and further submits are ignored. */
  pending: boolean;
  /** Why the last attempt failed, as a sentence (shown in a role="alert" region). */
  errorMessage?: string;
  /** Messages per field, keyed `email` / `password`. */
  fieldErrors?: Readonly<Record<string, string>>;
}

type FieldName = keyof SignInFormValues;
const FIELDS: readonly FieldName[] = ['email', 'password'];

/**
 * E-mail and password. Validation is the server's (BAD_USER_INPUT names the fields), so the
 * form sets `noValidate` and shows those messages beside the fields. After a failed attempt,
 * focus goes to the first field in error, or to the error message.
 */
export function SignInForm({ onSubmit, pending, errorMessage, fieldErrors = {} }: SignInFormProps) {
  const id = useId();
  const [values, setValues] = useState<SignInFormValues>({ email: '', password: '' });
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  const alert = useRef<HTMLDivElement>(null);

  // Keyed on strings, not on the fieldErrors object, so typing (a re-render) never moves focus.
  const firstInvalid = FIELDS.find((field) => fieldErrors[field]);
  useEffect(() => {
    if (!errorMessage) return;
    if (firstInvalid) inputs.current[firstInvalid]?.focus();
    else alert.current?.focus();
  }, [errorMessage, firstInvalid]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    onSubmit({ email: values.email.trim(), password: values.password });
  };

  const field = (name: FieldName, label: string, type: string, autoComplete: string) => {
    const inputId = `${id}-${name}`;
    const errorId = `${inputId}-error`;
    const error = fieldErrors[name];
    return (
      <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor={inputId} className="form-field__label">
          {label}
        </label>
        {error && (
          <p id={errorId} className="form-field__error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
          ref={(element) => {
            inputs.current[name] = element;
          }}
          id={inputId}
          name={name}
          type={type}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="none"
          className="form-field__input"
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            const value = event.target.value;
            setValues((current) => ({ ...current, [name]: value }));
          }}
        />
      </div>
    );
  };

  return (
    <div className="sign-in-form">
      {errorMessage && (
        <div ref={alert} role="alert" tabIndex={-1} className="form-alert">
          {errorMessage}
        </div>
      )}
      <form noValidate onSubmit={submit} aria-busy={pending}>
        {field('email', 'E-mail', 'email', 'username')}
        {field('password', 'Password', 'password', 'current-password')}
        <button type="submit" className="button button--wide" disabled={pending}>
          Sign in
        </button>
        <p role="status" className="visually-hidden">
          {pending ? 'Signing in…' : ''}
        </p>
      </form>
    </div>
  );
}
