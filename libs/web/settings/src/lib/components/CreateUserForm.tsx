import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { USER_ROLES, type UserRole } from '@stint/domain';
import { describeMutationError } from '@stint/web-data-access';
import { FormField, useSubmitOnce } from '@stint/web-ui';
import { CREATE_USER_MUTATION } from '../graphql/settings.mutation';
import { PERSON_PICKER_QUERY } from '../graphql/settings.query';
import { toCreateUserInput, validateUserForm, type UserFormValues } from '../utils/userForm';

const ROLE_WORDS: Readonly<Record<UserRole, string>> = {
  ADMIN: 'Admin',
  DIRECTOR: 'PMO director',
  HR: 'HR partner',
  PM: 'Project manager',
};

/** A new account; a PM account is linked to its person record, found by search. */
export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  onCreated: (email: string) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<UserFormValues>({
    email: '',
    displayName: '',
    password: '',
    role: 'PM',
    personId: '',
  });
  const [personSearch, setPersonSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pending, run } = useSubmitOnce();
  const [create] = useMutation(CREATE_USER_MUTATION);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(personSearch.trim()), 300);
    return () => clearTimeout(timer);
  }, [personSearch]);
  const people = useQuery(PERSON_PICKER_QUERY, {
    variables: { search: debounced },
    skip: values.role !== 'PM' || debounced.length < 2,
  });

  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateUserForm(values);
      setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
      if (problems.length > 0) {
        setAlert('Check the fields marked below.');
        return;
      }
      try {
        await create({ variables: { input: toCreateUserInput(values) } });
        onCreated(values.email.trim());
      } catch (e) {
        const failure = describeMutationError(e);
        setErrors({ ...failure.fieldErrors });
        setAlert(failure.message);
      }
    });
  };

  const matches = people.data?.people.edges.map((e) => e.node) ?? [];
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      className="entity-form"
      aria-labelledby="create-user-title"
    >
      <h3 id="create-user-title" ref={heading} tabIndex={-1}>
        Add a user
      </h3>
      {alert && (
        <div role="alert" className="form-alert">
          {alert}
        </div>
      )}
      <div className="form-row">
        <FormField label="E-mail" error={errors['email']}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              className="form-field__input"
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Name" error={errors['displayName']}>
          {(control) => (
            <input
              {...control}
              className="form-field__input"
              value={values.displayName}
              onChange={(e) => set('displayName', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-row">
        <FormField
          label="First password"
          hint="12 characters or more; they can change it later."
          error={errors['password']}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              className="form-field__input"
              value={values.password}
              onChange={(e) => set('password', e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Role" error={errors['role']}>
          {(control) => (
            <select
              {...control}
              className="form-field__input"
              value={values.role}
              onChange={(e) => set('role', e.target.value as UserRole)}
            >
              {USER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_WORDS[r]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {values.role === 'PM' && (
        <div className="form-row">
          <FormField
            label="Find their person record"
            hint="Type at least two letters of a name, e-mail or employee number."
          >
            {(control) => (
              <input
                {...control}
                type="search"
                className="form-field__input"
                value={personSearch}
                onChange={(e) => setPersonSearch(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Person record"
            error={errors['personId']}
            hint={people.loading ? 'Searching…' : undefined}
          >
            {(control) => (
              <select
                {...control}
                className="form-field__input"
                value={values.personId}
                onChange={(e) => set('personId', e.target.value)}
              >
                <option value="">{matches.length > 0 ? 'Choose…' : 'Search first'}</option>
                {matches.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.fullName} ({p.employeeNumber}, {p.email})
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Adding…' : 'Add user'}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
