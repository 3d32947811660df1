import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  characterCount,
  DEVELOPMENT_GOAL_DESCRIPTIONS,
  DEVELOPMENT_GOAL_LABELS,
  DEVELOPMENT_GOALS,
  formatDay,
  MOTIVATION_MAX_LENGTH,
  type IsoDate,
} from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FieldsetField, FormField, useSubmitOnce } from '@stint/web-ui';
import { SUBMIT_ROTATION_REQUEST_MUTATION } from '../graphql/myRotation.mutation';
import {
  formWindowEnd,
  initialValues,
  toSubmitInput,
  validateRequestForm,
  type RequestFormValues,
} from '../utils/requestForm';

const SCOPE_OPTIONS = [
  ['scope:PROGRAM', 'Any program PMO'],
  ['scope:DEPARTMENT', 'Any department PMO'],
  ['scope:ENTERPRISE', 'Any enterprise PMO'],
] as const;

export interface RotationRequestFormProps {
  today: IsoDate;
  policy: { minDurationMonths: number; maxDurationMonths: number };
  pmos: ReadonlyArray<{ id: string; name: string }>;
  /** Called with the window the form describes whenever it is a real one. */
  onWindowChange: (window: { startsOn: IsoDate; months: number }) => void;
  onSubmitted: () => void;
}

/** The PM's rotation request (SPEC §2): goals, preference, earliest start, duration, motivation. */
export function RotationRequestForm({
  today,
  policy,
  pmos,
  onWindowChange,
  onSubmitted,
}: RotationRequestFormProps) {
  const [values, setValues] = useState<RequestFormValues>(() =>
    initialValues(today, policy.minDurationMonths),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);
  const { pending, run } = useSubmitOnce();
  const [submit] = useMutation(SUBMIT_ROTATION_REQUEST_MUTATION);

  const endsOn = formWindowEnd(values);
  useEffect(() => {
    if (endsOn)
      onWindowChange({
        startsOn: values.earliestStart.trim(),
        months: Number(values.durationMonths),
      });
  }, [endsOn, values.earliestStart, values.durationMonths, onWindowChange]);

  useEffect(() => {
    if (alert) alertRef.current?.focus();
  }, [alert]);

  const set = <K extends keyof RequestFormValues>(key: K, value: RequestFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateRequestForm(values, policy, today);
      if (problems.length > 0) {
        setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
        setAlert(
          `Check the ${problems.length === 1 ? 'field' : `${problems.length} fields`} marked below.`,
        );
        return;
      }
      setErrors({});
      try {
        await submit({ variables: { input: toSubmitInput(values) } });
        setAlert(undefined);
        onSubmitted();
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert(failure.message);
      }
    });
  };

  const motivationLength = characterCount(values.motivation);
  const durations: number[] = [];
  for (let m = policy.minDurationMonths; m <= policy.maxDurationMonths; m++) durations.push(m);

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      className="request-form"
      aria-labelledby="request-form-title"
    >
      <h2 id="request-form-title">Request a rotation</h2>
      {alert && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {alert}
        </div>
      )}
      <FieldsetField
        legend="What do you want from a rotation?"
        hint="Choose one or more goals."
        error={errors['goals']}
      >
        <ul className="goal-list">
          {DEVELOPMENT_GOALS.map((goal) => {
            const inputId = `goal-${goal}`;
            return (
              <li key={goal} className="goal-option">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={values.goals.includes(goal)}
                  aria-describedby={`${inputId}-description`}
                  onChange={(event) =>
                    set(
                      'goals',
                      event.target.checked
                        ? DEVELOPMENT_GOALS.filter((g) => g === goal || values.goals.includes(g))
                        : values.goals.filter((g) => g !== goal),
                    )
                  }
                />
                <label htmlFor={inputId}>{DEVELOPMENT_GOAL_LABELS[goal]}</label>
                <p id={`${inputId}-description`} className="goal-option__description">
                  {DEVELOPMENT_GOAL_DESCRIPTIONS[goal]}
                </p>
              </li>
            );
          })}
        </ul>
      </FieldsetField>

      <FormField
        label="Preferred PMO or kind of PMO"
        hint="Optional. A director may still offer you another seat."
        error={errors['preferredScope'] ?? errors['preferredPmoId']}
      >
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={values.preference}
            onChange={(event) => set('preference', event.target.value)}
          >
            <option value="">No preference</option>
            <optgroup label="Kind of PMO">
              {SCOPE_OPTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </optgroup>
            {pmos.length > 0 && (
              <optgroup label="A specific PMO">
                {pmos.map((pmo) => (
                  <option key={pmo.id} value={`pmo:${pmo.id}`}>
                    {pmo.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        )}
      </FormField>

      <div className="form-row">
        <FormField
          label="Earliest start"
          hint="YYYY-MM-DD, today or later."
          error={errors['earliestStart']}
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input form-field__input--date"
              inputMode="numeric"
              autoComplete="off"
              value={values.earliestStart}
              onChange={(event) => set('earliestStart', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Duration"
          hint={endsOn ? `Until ${formatDay(endsOn)}.` : 'Whole months.'}
          error={errors['durationMonths']}
        >
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.durationMonths}
              onChange={(event) => set('durationMonths', event.target.value)}
            >
              {durations.map((m) => (
                <option key={m} value={String(m)}>
                  {m} months
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <FormField
        label="Motivation"
        hint={
          <span
            className={
              motivationLength > MOTIVATION_MAX_LENGTH
                ? 'char-count char-count--over'
                : 'char-count'
            }
          >
            {motivationLength.toLocaleString('en')} of {MOTIVATION_MAX_LENGTH.toLocaleString('en')}{' '}
            characters
          </span>
        }
        error={errors['motivation']}
      >
        {(control) => (
          <textarea
            {...control}
            className="form-field__input"
            rows={5}
            value={values.motivation}
            onChange={(event) => set('motivation', event.target.value)}
          />
        )}
      </FormField>

      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Submit request'}
      </button>
    </form>
  );
}
