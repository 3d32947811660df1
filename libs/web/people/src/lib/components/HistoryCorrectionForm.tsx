import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { CORRECT_PERSON_HISTORY_MUTATION } from '../graphql/people.mutation';
import {
  EMPTY_CORRECTION,
  toHistoryCorrectionInput,
  validateHistoryCorrection,
  type HistoryCorrectionValues,
} from '../utils/historyCorrectionForm';

export interface HistoryCorrectionFormProps {
  personId: string;
  version: number;
  hiredOn: string;
  today: string;
  departments: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * HR and admins: correct what a person held over a past range (a missed leave, a move on
 * another day than recorded). Field errors from the API appear beside their fields.
 */
export function HistoryCorrectionForm({
  personId,
  version,
  hiredOn,
  today,
  departments,
}: HistoryCorrectionFormProps) {
  const [values, setValues] = useState<HistoryCorrectionValues>(EMPTY_CORRECTION);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);
  const { pending, run } = useSubmitOnce();
  const [correct] = useMutation(CORRECT_PERSON_HISTORY_MUTATION);
  useEffect(() => {
    if (alert) alertRef.current?.focus();
  }, [alert]);

  const set = <K extends keyof HistoryCorrectionValues>(
    key: K,
    value: HistoryCorrectionValues[K],
  ) => setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(undefined);
    void run(async () => {
      const problems = validateHistoryCorrection(values, hiredOn, today);
      setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
      if (problems.length > 0) {
        setAlert('Check the fields marked below.');
        return;
      }
      try {
        await correct({
          variables: { input: { ...toHistoryCorrectionInput(values), personId, version } },
        });
        setAlert(undefined);
        setValues(EMPTY_CORRECTION);
        setDone('History corrected. The career path above shows the new stretches.');
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert(failure.message);
      }
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={pending} className="entity-form">
      {alert && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {alert}
        </div>
      )}
      <p role="status">{done}</p>
      <div className="form-row">
        <FormField
          label="From"
          hint="YYYY-MM-DD; the first day to correct"
          error={errors['validFrom']}
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input"
              value={values.validFrom}
              onChange={(e) => set('validFrom', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label="Until"
          hint="YYYY-MM-DD; the first day no longer corrected. Empty: up to now"
          error={errors['validTo']}
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input"
              value={values.validTo}
              onChange={(e) => set('validTo', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-row">
        <FormField label="Department" error={errors['departmentId']}>
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.departmentId}
              onChange={(e) => set('departmentId', e.target.value)}
            >
              <option value="">As recorded</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Career level" error={errors['careerLevel']}>
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.careerLevel}
              onChange={(e) => set('careerLevel', e.target.value as CareerLevel | '')}
            >
              <option value="">As recorded</option>
              {CAREER_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {CAREER_LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Leave" error={errors['onLeave']}>
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.onLeave}
              onChange={(e) => set('onLeave', e.target.value as HistoryCorrectionValues['onLeave'])}
            >
              <option value="">As recorded</option>
              <option value="yes">On leave</option>
              <option value="no">Not on leave</option>
            </select>
          )}
        </FormField>
      </div>
      <FormField label="Reason" hint="Optional; kept in the audit trail" error={errors['reason']}>
        {(control) => (
          <textarea
            {...control}
            className="form-field__input"
            rows={2}
            value={values.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Correcting…' : 'Correct history'}
      </button>
    </form>
  );
}
