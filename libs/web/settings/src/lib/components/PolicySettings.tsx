import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS, formatDay } from '@stint/domain';
import {
  describeError,
  describeMutationError,
  type PolicySettingsQuery,
} from '@stint/web-data-access';
import { ErrorNotice, FieldsetField, FormField, LoadingState, useSubmitOnce } from '@stint/web-ui';
import { UPDATE_POLICY_MUTATION } from '../graphql/settings.mutation';
import { POLICY_SETTINGS_QUERY, POLICY_VERSIONS_QUERY } from '../graphql/settings.query';
import {
  POLICY_NOTE_MAX_LENGTH,
  policyToForm,
  readPolicyForm,
  type PolicyFormValues,
} from '../utils/policyForm';
import { PolicyVersions } from './PolicyVersions';

const NUMBER_FIELDS = [
  ['minExperienceMonths', 'Experience as a PM (months)', 'At the start of the rotation.'],
  [
    'cooldownMonths',
    'Wait after a rotation (months)',
    'Since the end of the last completed rotation.',
  ],
  ['maxRotations', 'Rotations per person', 'Eligible while a person has had fewer than this.'],
  ['minDurationMonths', 'Shortest rotation (months)', undefined],
  ['maxDurationMonths', 'Longest rotation (months)', undefined],
] as const;

/** The eligibility policy form and its history (admins). */
export function PolicySettings() {
  const { data, loading, error, refetch } = useQuery(POLICY_SETTINGS_QUERY);
  const policy = data?.eligibilityPolicy;
  if (!policy) {
    return loading ? (
      <LoadingState label="Loading the policy…" />
    ) : (
      <ErrorNotice
        message={describeError(error) ?? ''}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return (
    <>
      <PolicyForm
        key={policy.version}
        policy={policy}
        onReload={() => void refetch().catch(() => undefined)}
      />
      <PolicyVersions />
    </>
  );
}

type Policy = PolicySettingsQuery['eligibilityPolicy'];

function PolicyForm({ policy, onReload }: { policy: Policy; onReload: () => void }) {
  const [values, setValues] = useState<PolicyFormValues>(() => policyToForm(policy));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ text: string; stale: boolean } | undefined>();
  const [saved, setSaved] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);
  const { pending, run } = useSubmitOnce();
  const [update] = useMutation(UPDATE_POLICY_MUTATION, { refetchQueries: [POLICY_VERSIONS_QUERY] });
  useEffect(() => {
    if (alert) alertRef.current?.focus();
  }, [alert]);

  const set = <K extends keyof PolicyFormValues>(key: K, value: PolicyFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const { input, problems } = readPolicyForm(values, policy.version);
      setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
      if (!input) {
        setAlert({ text: 'Check the fields marked below.', stale: false });
        return;
      }
      try {
        const result = await update({ variables: { input } });
        setAlert(undefined);
        setSaved(`Saved as version ${result.data?.updateEligibilityPolicy.version ?? ''}.`);
      } catch (e) {
        const failure = describeMutationError(e);
        setErrors({ ...failure.fieldErrors });
        setAlert(
          failure.reason === 'STALE'
            ? {
                text: `Another admin saved a newer version of the policy after you opened version ${policy.version}. Your changes were not saved. Load the newest version, then make your change again.`,
                stale: true,
              }
            : { text: failure.message, stale: false },
        );
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      className="card entity-form"
      aria-labelledby="policy-title"
    >
      <h2 id="policy-title">Eligibility policy</h2>
      <p className="muted">
        Version {policy.version}
        {policy.createdBy ? `, saved by ${policy.createdBy}` : ''} on{' '}
        {formatDay(policy.createdAt.slice(0, 10))}. Saving makes a new version; answers name the
        version they used.
      </p>
      <p role="status" className="status-line">
        {saved}
      </p>
      {alert && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          <p>{alert.text}</p>
          {alert.stale && (
            <button type="button" className="button button--secondary" onClick={onReload}>
              Load the newest version
            </button>
          )}
        </div>
      )}
      <FieldsetField legend="Career levels that may rotate" error={errors['eligibleLevels']}>
        <ul className="check-list">
          {CAREER_LEVELS.map((level) => (
            <li key={level}>
              <input
                id={`policy-level-${level}`}
                type="checkbox"
                checked={values.eligibleLevels.includes(level)}
                onChange={(e) =>
                  set(
                    'eligibleLevels',
                    e.target.checked
                      ? [...values.eligibleLevels, level]
                      : values.eligibleLevels.filter((l) => l !== level),
                  )
                }
              />
              <label htmlFor={`policy-level-${level}`}>{CAREER_LEVEL_LABELS[level]}</label>
            </li>
          ))}
        </ul>
      </FieldsetField>
      <div className="form-grid">
        {NUMBER_FIELDS.map(([key, label, hint]) => (
          <FormField key={key} label={label} hint={hint} error={errors[key]}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                className="form-field__input form-field__input--short"
                value={values[key]}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </FormField>
        ))}
        <FormField
          label="Lowest level for a PMO manager seat"
          error={errors['managerSeatMinLevel']}
        >
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.managerSeatMinLevel}
              onChange={(e) =>
                set(
                  'managerSeatMinLevel',
                  e.target.value as PolicyFormValues['managerSeatMinLevel'],
                )
              }
            >
              {CAREER_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {CAREER_LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        label="Why the rules change"
        hint={`Optional; kept with the version. ${[...values.note].length} of ${POLICY_NOTE_MAX_LENGTH} characters.`}
        error={errors['note']}
      >
        {(control) => (
          <textarea
            {...control}
            className="form-field__input"
            rows={2}
            value={values.note}
            onChange={(e) => set('note', e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save as a new version'}
      </button>
    </form>
  );
}
