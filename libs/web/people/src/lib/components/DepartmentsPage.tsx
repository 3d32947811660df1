import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { describeError, describeMutationError, useSession } from '@stint/web-data-access';
import {
  ErrorNotice,
  FormField,
  LoadingState,
  NoAccessPage,
  PageHeading,
  useSubmitOnce,
} from '@stint/web-ui';
import { CREATE_DEPARTMENT_MUTATION, UPDATE_DEPARTMENT_MUTATION } from '../graphql/people.mutation';
import { DEPARTMENT_OPTIONS_QUERY } from '../graphql/people.query';
import {
  EMPTY_DEPARTMENT,
  toDepartmentInput,
  validateDepartmentForm,
  type DepartmentFormValues,
} from '../utils/departmentForm';

interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  coverageTarget: number;
  awayCap: number;
  headcount: number;
  version: number;
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** `/people/departments`: HR creates and edits departments. */
export function DepartmentsPage() {
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(DEPARTMENT_OPTIONS_QUERY);
  const [editing, setEditing] = useState<DepartmentRow | 'new' | null>(null);
  const [status, setStatus] = useState('');

  if (user?.role !== 'HR' && user?.role !== 'ADMIN') {
    return <NoAccessPage screenLabel="Departments" home={{ path: '/people', label: 'People' }} />;
  }
  const departments = data?.departments ?? [];
  const names = new Map(departments.map((d) => [d.id, d.name]));

  return (
    <>
      <PageHeading title="Departments">Codes, coverage targets and away caps.</PageHeading>
      <p className="actions">
        <Link to="/people">Back to people</Link>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add a department
        </button>
      </p>
      <p role="status" className="status-line">
        {status}
      </p>
      {editing && (
        <DepartmentForm
          key={editing === 'new' ? 'new' : editing.id}
          department={editing === 'new' ? undefined : editing}
          departments={departments}
          onDone={(message) => {
            setEditing(null);
            setStatus(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {error && !data ? (
        <ErrorNotice
          message={describeError(error) ?? ''}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : loading && !data ? (
        <LoadingState label="Loading departments…" />
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Departments</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Code</th>
              <th scope="col">Part of</th>
              <th scope="col" className="numeric">
                Coverage target
              </th>
              <th scope="col" className="numeric">
                Away cap
              </th>
              <th scope="col" className="numeric">
                Headcount
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.code}</td>
                <td>{d.parentId ? (names.get(d.parentId) ?? '—') : '—'}</td>
                <td className="numeric">{pct(d.coverageTarget)}</td>
                <td className="numeric">{pct(d.awayCap)}</td>
                <td className="numeric">{d.headcount.toLocaleString('en')}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setEditing(d)}
                  >
                    Edit<span className="visually-hidden"> {d.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

interface DepartmentFormProps {
  department?: DepartmentRow;
  departments: readonly DepartmentRow[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

function DepartmentForm({ department, departments, onDone, onCancel }: DepartmentFormProps) {
  const [values, setValues] = useState<DepartmentFormValues>(
    department
      ? {
          code: department.code,
          name: department.name,
          parentId: department.parentId ?? '',
          coverageTarget: String(Math.round(department.coverageTarget * 1000) / 10),
          awayCap: String(Math.round(department.awayCap * 1000) / 10),
        }
      : EMPTY_DEPARTMENT,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pending, run } = useSubmitOnce();
  const [create] = useMutation(CREATE_DEPARTMENT_MUTATION, {
    refetchQueries: ['DepartmentOptions'],
  });
  const [update] = useMutation(UPDATE_DEPARTMENT_MUTATION);
  useEffect(() => heading.current?.focus(), []);

  const set = (key: keyof DepartmentFormValues, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const problems = validateDepartmentForm(values);
      setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
      if (problems.length > 0) {
        setAlert('Check the fields marked below.');
        return;
      }
      try {
        const input = toDepartmentInput(values);
        if (department) {
          await update({
            variables: { input: { ...input, id: department.id, version: department.version } },
          });
          onDone(`${input.name} was saved.`);
        } else {
          await create({ variables: { input } });
          onDone(`${input.name} was added.`);
        }
      } catch (error) {
        const failure = describeMutationError(error);
        setErrors({ ...failure.fieldErrors });
        setAlert(failure.message);
      }
    });
  };
  const field = (key: keyof DepartmentFormValues, label: string, hint?: string) => (
    <FormField label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          className="form-field__input"
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-busy={pending}
      className="card entity-form"
      aria-labelledby="department-form-title"
    >
      <h2 id="department-form-title" ref={heading} tabIndex={-1}>
        {department ? `Edit ${department.name}` : 'Add a department'}
      </h2>
      {alert && (
        <div role="alert" className="form-alert">
          {alert}
        </div>
      )}
      <div className="form-row">
        {field('code', 'Code', 'e.g. FIN')}
        {field('name', 'Name')}
      </div>
      <FormField label="Part of" error={errors['parentId']}>
        {(control) => (
          <select
            {...control}
            className="form-field__input"
            value={values.parentId}
            onChange={(e) => set('parentId', e.target.value)}
          >
            <option value="">No parent (top level)</option>
            {departments
              .filter((d) => d.id !== department?.id)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <div className="form-row">
        {field(
          'coverageTarget',
          'Coverage target (%)',
          'Share of PMs who should have PMO experience.',
        )}
        {field('awayCap', 'Away cap (%)', 'Most of its PMs away on rotation at once.')}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
