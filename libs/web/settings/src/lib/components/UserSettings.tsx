import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { USER_ROLES, type UserRole } from '@stint/domain';
import {
  describeError,
  describeMutationError,
  useSession,
  type UserListQuery,
} from '@stint/web-data-access';
import {
  EmptyState,
  ErrorNotice,
  FilterSearchField,
  FilterSelect,
  LoadingState,
  Pager,
  useCursorPages,
  useSubmitOnce,
} from '@stint/web-ui';
import { UPDATE_USER_MUTATION } from '../graphql/settings.mutation';
import { USERS_QUERY } from '../graphql/settings.query';
import { CreateUserForm } from './CreateUserForm';

const ROLE_WORDS: Readonly<Record<UserRole, string>> = {
  ADMIN: 'Admin',
  DIRECTOR: 'PMO director',
  HR: 'HR partner',
  PM: 'Project manager',
};

const ROLE_OPTIONS = USER_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }));

const PAGE_SIZE = 20;
type UserRow = UserListQuery['users']['edges'][number]['node'];

/** Accounts and their roles: list, search, create, change role, disable (admins). */
export function UserSettings() {
  const [params, setParams] = useSearchParams();
  const search = params.get('user') ?? '';
  const roleParam = params.get('role');
  const role = (USER_ROLES as readonly string[]).includes(roleParam ?? '')
    ? (roleParam as UserRole)
    : null;
  const [typed, setTyped] = useState(search);
  useEffect(() => setTyped(search), [search]);
  const pages = useCursorPages(`${search}|${role ?? ''}`);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(USERS_QUERY, {
    variables: {
      filter: { ...(search ? { search } : {}), ...(role ? { role } : {}) },
      first: PAGE_SIZE,
      after: pages.after,
    },
  });
  const shown = data ?? previousData;

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <p role="status" className="status-line">
        {status}
      </p>
      {creating ? (
        <CreateUserForm
          onCreated={(email) => {
            setCreating(false);
            setStatus(`${email} can now sign in.`);
            void refetch().catch(() => undefined);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          Add a user
        </button>
      )}
      <form
        className="filters"
        role="search"
        aria-label="Search users"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('user', typed.trim());
        }}
      >
        <FilterSearchField
          id="user-search"
          label="E-mail or name"
          value={typed}
          onChange={setTyped}
        />
        <button type="submit" className="button button--secondary">
          Search
        </button>
        <FilterSelect
          id="user-role"
          label="Role"
          value={role ?? ''}
          anyLabel="Any role"
          options={ROLE_OPTIONS}
          onChange={(value) => setFilter('role', value)}
        />
      </form>
      {error && !shown ? (
        <ErrorNotice
          message={describeError(error) ?? ''}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !shown ? (
        <LoadingState label="Loading users…" />
      ) : shown.users.edges.length === 0 ? (
        <EmptyState title="No users match" />
      ) : (
        <div aria-busy={loading}>
          <table className="data-table">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Can sign in</th>
                <th scope="col">
                  <span className="visually-hidden">Save</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.users.edges.map(({ node }) => (
                <UserRowEditor key={`${node.id}-${node.version}`} user={node} onSaved={setStatus} />
              ))}
            </tbody>
          </table>
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={shown.users.totalCount}
            hasNext={shown.users.pageInfo.hasNextPage}
            loading={loading}
            noun="users"
            onNext={() => pages.next(shown.users.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </section>
  );
}

function UserRowEditor({ user, onSaved }: { user: UserRow; onSaved: (message: string) => void }) {
  const { user: me } = useSession();
  const [role, setRole] = useState<UserRole>(user.role);
  const [enabled, setEnabled] = useState(!user.disabled);
  const [error, setError] = useState<string | undefined>();
  const { pending, run } = useSubmitOnce();
  const [update] = useMutation(UPDATE_USER_MUTATION);
  const changed = role !== user.role || enabled === user.disabled;
  const isMe = me?.id === user.id;
  const roleChangeNeedsPerson = role === 'PM' && user.role !== 'PM' && !user.personId;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (roleChangeNeedsPerson) {
        setError('A PM account needs a person record: add a new PM user instead.');
        return;
      }
      try {
        await update({
          variables: { input: { id: user.id, version: user.version, role, disabled: !enabled } },
        });
        setError(undefined);
        onSaved(`${user.email} was saved.`);
      } catch (e) {
        const failure = describeMutationError(e);
        setError(Object.values(failure.fieldErrors)[0] ?? failure.message);
      }
    });
  };

  return (
    <tr>
      <th scope="row">{user.displayName}</th>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          className="form-field__input form-field__input--compact"
          value={role}
          disabled={isMe}
          onChange={(e) => setRole(e.target.value as UserRole)}
        >
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_WORDS[r]}
            </option>
          ))}
        </select>
        {error && (
          <p className="form-field__error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        <input
          id={`enabled-${user.id}`}
          type="checkbox"
          checked={enabled}
          disabled={isMe}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <label htmlFor={`enabled-${user.id}`}>
          {enabled ? 'Yes' : 'Disabled'}
          <span className="visually-hidden"> ({user.email})</span>
        </label>
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!changed || pending}
          onClick={save}
        >
          Save<span className="visually-hidden"> {user.email}</span>
        </button>
      </td>
    </tr>
  );
}
