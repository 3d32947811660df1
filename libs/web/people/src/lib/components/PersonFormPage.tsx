import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS, todayIso, type CareerLevel } from '@stint/domain';
import { describeError, describeMutationError, useSession } from '@stint/web-data-access';
import {
  ErrorNotice,
  FormField,
  LoadingState,
  NoAccessPage,
  PageHeading,
  useSubmitOnce,
} from '@stint/web-ui';
import { CREATE_PERSON_MUTATION, UPDATE_PERSON_MUTATION } from '../graphql/people.mutation';
import { DEPARTMENT_OPTIONS_QUERY, PERSON_DETAIL_QUERY } from '../graphql/people.query';
import {
  effectiveOnProblem,
  EMPTY_PERSON,
  toPersonInput,
  validatePersonForm,
  type PersonFormValues,
} from '../utils/personForm';

/** `/people/new` and `/people/:id/edit` (HR and admins). */
export function PersonFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '' } = useParams();
  const { user } = useSession();
  const existing = useQuery(PERSON_DETAIL_QUERY, { variables: { id }, skip: mode === 'create' });
  const options = useQuery(DEPARTMENT_OPTIONS_QUERY);
  const title = mode === 'create' ? 'Add a person' : 'Edit a person';

  if (user?.role !== 'HR' && user?.role !== 'ADMIN') {
    return <NoAccessPage screenLabel={title} home={{ path: '/people', label: 'People' }} />;
  }
  const person = existing.data?.person;
  if ((mode === 'edit' && !person) || !options.data) {
    const failed = existing.error ?? options.error;
    return (
      <>
        <PageHeading title={title} />
        {failed ? <ErrorNotice message={describeError(failed) ?? ''} /> : <LoadingState />}
      </>
    );
  }
  const initial: PersonFormValues = person
    ? {
        employeeNumber: person.employeeNumber,
        fullName: person.fullName,
        email: person.email,
        departmentId: person.department.id,
        careerLevel: person.careerLevel,
        pmSince: person.pmSince,
        hiredOn: person.hiredOn,
        leftOn: person.leftOn ?? '',
        onLeave: person.onLeave,
      }
    : EMPTY_PERSON;
  return (
    <>
      <PageHeading title={title} />
      <p>
        <Link to={person ? `/people/${person.id}` : '/people'}>Cancel</Link>
      </p>
      <PersonForm
        initial={initial}
        personId={person?.id}
        version={person?.version}
        departments={options.data.departments}
      />
    </>
  );
}

interface PersonFormProps {
  initial: PersonFormValues;
  personId?: string;
  version?: number;
  departments: ReadonlyArray<{ id: string; name: string }>;
}

function PersonForm({ initial, personId, version, departments }: PersonFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [today] = useState(() => todayIso());
  // Edits only: the day a change of department, level or leave takes effect.
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);
  const { pending, run } = useSubmitOnce();
  const [create] = useMutation(CREATE_PERSON_MUTATION);
  const [update] = useMutation(UPDATE_PERSON_MUTATION);
  useEffect(() => {
    if (alert) alertRef.current?.focus();
  }, [alert]);

  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validatePersonForm(values);
      const effective = personId ? effectiveOnProblem(effectiveOn, values.hiredOn, today) : null;
      if (effective) problems.push({ field: 'effectiveOn', message: effective });
      setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
      if (problems.length > 0) {
        setAlert('Check the fields marked below.');
        return;
      }
      try {
        const input = toPersonInput(values);
        if (personId && version !== undefined) {
          await update({
            variables: {
              input: { ...input, id: personId, version, effectiveOn: effectiveOn.trim() },
            },
          });
          void navigate(`/people/${personId}`);
        } else {
          const result = await create({ variables: { input } });
          void navigate(`/people/${result.data?.createPerson.id ?? ''}`);
        }
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert(failure.message);
      }
    });
  };

  const text = (field: keyof PersonFormValues, label: string, hint?: string, type = 'text') => (
    <FormField label={label} hint={hint} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          type={type}
          className="form-field__input"
          value={String(values[field])}
          onChange={(e) => set(field, e.target.value as never)}
        />
      )}
    </FormField>
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-busy={pending} className="card entity-form">
      {alert && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {alert}
        </div>
      )}
      {text('fullName', 'Full name')}
      {text('employeeNumber', 'Employee number', 'As in the HR system; unique.')}
      {text('email', 'E-mail', undefined, 'email')}
      <FormField label="Department" error={errors['departmentId']}>
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={values.departmentId}
            onChange={(e) => set('departmentId', e.target.value)}
          >
            <option value="">Choose…</option>
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
            <option value="">Choose…</option>
            {CAREER_LEVELS.map((l) => (
              <option key={l} value={l}>
                {CAREER_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-row">
        {text('pmSince', 'Managing projects since', 'YYYY-MM-DD')}
        {text('hiredOn', 'Hired on', 'YYYY-MM-DD')}
        {text('leftOn', 'Left on', 'YYYY-MM-DD; empty while employed')}
      </div>
      <div className="form-check">
        <input
          id="person-on-leave"
          type="checkbox"
          checked={values.onLeave}
          onChange={(e) => set('onLeave', e.target.checked)}
        />
        <label htmlFor="person-on-leave">On leave</label>
      </div>
      {personId && (
        <FormField
          label="Effective on"
          hint="YYYY-MM-DD; the day a change of department, career level or leave takes effect. An earlier day backdates it."
          error={errors['effectiveOn']}
        >
          {(control) => (
            <input
              {...control}
              className="form-field__input"
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.target.value)}
            />
          )}
        </FormField>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
