import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { PMO_SCOPES, type PmoScope } from '@stint/domain';
import { describeError, describeMutationError, useSession } from '@stint/web-data-access';
import {
  ErrorNotice,
  FieldsetField,
  FormField,
  LoadingState,
  PageHeading,
  useSubmitOnce,
} from '@stint/web-ui';
import { CREATE_PMO_MUTATION, UPDATE_PMO_MUTATION } from '../graphql/pmos.mutation';
import {
  DIRECTOR_ACCOUNTS_QUERY,
  PMO_DETAIL_QUERY,
  PMO_FORM_OPTIONS_QUERY,
} from '../graphql/pmos.query';
import { mayManagePmo } from '../utils/access';
import { toFieldErrors } from '../utils/formFailure';
import {
  departmentLabel,
  EMPTY_PMO,
  PMO_SCOPE_LABELS,
  toPmoInput,
  validatePmoForm,
  type PmoFormValues,
} from '../utils/pmoForm';
import { FormAlert } from './FormAlert';
import { NotDirectedPage } from './NotDirectedPage';

/** `/pmos/new` and `/pmos/:id/edit` (directors of the PMO and admins). */
export function PmoFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '' } = useParams();
  const { user } = useSession();
  const isAdmin = user?.role === 'ADMIN';
  const existing = useQuery(PMO_DETAIL_QUERY, { variables: { id }, skip: mode === 'create' });
  const options = useQuery(PMO_FORM_OPTIONS_QUERY);
  const directors = useQuery(DIRECTOR_ACCOUNTS_QUERY, { skip: !isAdmin });
  const title = mode === 'create' ? 'Add a PMO' : 'Edit PMO';

  const pmo = existing.data?.pmo;
  const waiting = (mode === 'edit' && !pmo) || !options.data || (isAdmin && !directors.data);
  if (waiting) {
    const failed = existing.error ?? options.error ?? directors.error;
    return (
      <>
        <PageHeading title={title} />
        {failed ? <ErrorNotice message={describeError(failed) ?? ''} /> : <LoadingState />}
      </>
    );
  }
  if (pmo && !mayManagePmo(user, pmo.directors)) return <NotDirectedPage pmoName={pmo.name} />;

  const initial: PmoFormValues = pmo
    ? {
        name: pmo.name,
        scope: pmo.scope,
        departmentId: pmo.departmentId ?? '',
        programName: pmo.programName ?? '',
        directorIds: pmo.directors.map((d) => d.id),
      }
    : EMPTY_PMO;
  const accounts = (directors.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => !u.disabled || initial.directorIds.includes(u.id));
  return (
    <>
      <PageHeading title={title} />
      <p>
        <Link to={pmo ? `/pmos/${pmo.id}` : '/pmos'}>Cancel</Link>
      </p>
      <PmoForm
        // A reload after a stale edit brings a new version: start again from its values.
        key={pmo?.version ?? 'new'}
        initial={initial}
        pmoId={pmo?.id}
        version={pmo?.version}
        departments={options.data?.departments ?? []}
        directorAccounts={isAdmin ? accounts : undefined}
        currentDirectors={pmo?.directors.map((d) => d.displayName) ?? []}
        onReload={() => void existing.refetch().catch(() => undefined)}
      />
    </>
  );
}

interface PmoFormProps {
  initial: PmoFormValues;
  pmoId?: string;
  version?: number;
  departments: ReadonlyArray<{ id: string; code: string; name: string }>;
  /** Admins choose directors; undefined for a director, who cannot list accounts. */
  directorAccounts?: ReadonlyArray<{ id: string; displayName: string; email: string }>;
  currentDirectors: readonly string[];
  onReload: () => void;
}

function PmoForm(props: PmoFormProps) {
  const { initial, pmoId, version, departments, directorAccounts, currentDirectors } = props;
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ message: string; stale: boolean } | undefined>();
  const { pending, run } = useSubmitOnce();
  const [create] = useMutation(CREATE_PMO_MUTATION, { refetchQueries: ['PmoList'] });
  const [update] = useMutation(UPDATE_PMO_MUTATION);

  const set = <K extends keyof PmoFormValues>(key: K, value: PmoFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validatePmoForm(values);
      setErrors(toFieldErrors(problems));
      if (problems.length > 0) {
        setAlert({ message: 'Check the fields marked below.', stale: false });
        return;
      }
      try {
        const input = toPmoInput(values, directorAccounts !== undefined);
        if (pmoId && version !== undefined) {
          await update({ variables: { input: { ...input, id: pmoId, version } } });
          void navigate(`/pmos/${pmoId}`);
        } else {
          const result = await create({ variables: { input } });
          void navigate(`/pmos/${result.data?.createPmo.id ?? ''}`);
        }
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert({ message: failure.message, stale: failure.reason === 'STALE' });
      }
    });
  };

  const scope = values.scope;
  return (
    <form noValidate onSubmit={onSubmit} aria-busy={pending} className="card entity-form">
      <FormAlert message={alert?.message} onReload={alert?.stale ? props.onReload : undefined} />
      <FormField label="Name" hint="Unique across the organisation." error={errors['name']}>
        {(control) => (
          <input
            {...control}
            className="form-field__input"
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        label="Kind of PMO"
        hint="A program PMO offers program management; department and enterprise PMOs offer portfolio work, visibility and an executive network."
        error={errors['scope']}
      >
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={scope}
            onChange={(e) => set('scope', e.target.value as PmoScope | '')}
          >
            <option value="">Choose…</option>
            {PMO_SCOPES.map((s) => (
              <option key={s} value={s}>
                {PMO_SCOPE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={departmentLabel(scope)} error={errors['departmentId']}>
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={values.departmentId}
            onChange={(e) => set('departmentId', e.target.value)}
          >
            <option value="">{scope === 'ENTERPRISE' || !scope ? 'None' : 'Choose…'}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.code})
              </option>
            ))}
          </select>
        )}
      </FormField>
      {scope === 'PROGRAM' && (
        <FormField label="Program name" error={errors['programName']}>
          {(control) => (
            <input
              {...control}
              className="form-field__input"
              value={values.programName}
              onChange={(e) => set('programName', e.target.value)}
            />
          )}
        </FormField>
      )}
      {directorAccounts ? (
        <FieldsetField legend="Directors" error={errors['directorIds']}>
          {directorAccounts.length === 0 ? (
            <p className="muted">There are no director accounts yet (Settings → Users).</p>
          ) : (
            directorAccounts.map((account) => (
              <div className="form-check" key={account.id}>
                <input
                  id={`pmo-director-${account.id}`}
                  type="checkbox"
                  checked={values.directorIds.includes(account.id)}
                  onChange={(e) =>
                    set(
                      'directorIds',
                      e.target.checked
                        ? [...values.directorIds, account.id]
                        : values.directorIds.filter((d) => d !== account.id),
                    )
                  }
                />
                <label htmlFor={`pmo-director-${account.id}`}>
                  {account.displayName} ({account.email})
                </label>
              </div>
            ))
          )}
        </FieldsetField>
      ) : (
        <p className="muted">
          {pmoId
            ? `Directors: ${currentDirectors.join(', ')}. An admin can change them.`
            : 'You will be one of its directors. An admin can add others.'}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : pmoId ? 'Save changes' : 'Add PMO'}
      </button>
    </form>
  );
}
