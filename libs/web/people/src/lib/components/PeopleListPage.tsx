import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CAREER_LEVEL_LABELS, CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import { describeError, useSession } from '@stint/web-data-access';
import {
  EmptyState,
  ErrorNotice,
  FilterSearchField,
  FilterSelect,
  LoadingState,
  PageHeading,
} from '@stint/web-ui';
import { PEOPLE_FILTER_OPTIONS_QUERY, PEOPLE_LIST_QUERY } from '../graphql/people.query';
import { useEligibilityGlance } from '../hooks/useEligibilityGlance';
import {
  readPeopleFilters,
  toPeopleFilter,
  writePeopleFilters,
  type PeopleFilters,
} from '../utils/peopleFilters';
import { EligibilityCell } from './EligibilityCell';

const PAGE_SIZE = 25;
const LEVEL_OPTIONS = CAREER_LEVELS.map((l) => ({ value: l, label: CAREER_LEVEL_LABELS[l] }));
const ELIGIBLE_OPTIONS = [
  { value: 'yes', label: 'Eligible' },
  { value: 'no', label: 'Not eligible' },
];

/** People (SPEC §6): search, filter, eligibility at a glance. */
export function PeopleListPage() {
  const { user } = useSession();
  const mayEdit = user?.role === 'HR' || user?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const filters = readPeopleFilters(params);
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  const options = useQuery(PEOPLE_FILTER_OPTIONS_QUERY);
  const months = options.data?.eligibilityPolicy.minDurationMonths ?? 12;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PEOPLE_LIST_QUERY, {
    variables: { filter: toPeopleFilter(filters), first: PAGE_SIZE },
  });
  const shown = data ?? previousData;
  const people = useMemo(() => shown?.people.edges.map((e) => e.node) ?? [], [shown]);
  const glance = useEligibilityGlance(months);
  const [loadingMore, setLoadingMore] = useState(false);

  // The server filters by eligibility; with the filter on, each loaded page's cells are filled
  // in too, so the reasons ("Not yet, from …") are one glance away. Only the people of the
  // filter's own answer: the previous list, still shown while it loads, is not checked (at
  // `large` that was three requests for people about to disappear, delaying the ones that count).
  const answered = useMemo(() => data?.people.edges.map((e) => e.node.id) ?? [], [data]);
  const { check } = glance;
  useEffect(() => {
    if (filters.eligible && answered.length > 0 && options.data) void check(answered);
  }, [filters.eligible, answered, check, options.data]);

  const update = (change: Partial<PeopleFilters>) =>
    setParams(writePeopleFilters({ ...filters, ...change }));
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ search: search.trim() });
  };

  const total = shown?.people.totalCount ?? 0;
  const pageInfo = shown?.people.pageInfo;

  return (
    <>
      <PageHeading title="People">
        Find a project manager by name, e-mail or employee number.
      </PageHeading>
      {mayEdit && (
        <p className="actions">
          <Link className="button" to="/people/new">
            Add a person
          </Link>
          <Link className="button button--secondary" to="/people/import">
            Import a CSV
          </Link>
          <Link className="button button--secondary" to="/people/departments">
            Departments
          </Link>
        </p>
      )}
      <form className="filters" role="search" aria-label="Search people" onSubmit={onSearch}>
        <FilterSearchField
          id="people-search"
          label="Name, e-mail or employee number"
          className="filters__search"
          value={search}
          onChange={setSearch}
        />
        <button type="submit" className="button">
          Search
        </button>
        <FilterSelect
          id="people-department"
          label="Department"
          value={filters.departmentId ?? ''}
          anyLabel="Any department"
          options={options.data?.departments.map((d) => ({ value: d.id, label: d.name })) ?? []}
          onChange={(value) => update({ departmentId: value || null })}
        />
        <FilterSelect
          id="people-level"
          label="Level"
          value={filters.level ?? ''}
          anyLabel="Any level"
          options={LEVEL_OPTIONS}
          onChange={(value) => update({ level: (value || null) as CareerLevel | null })}
        />
        <FilterSelect
          id="people-eligible"
          label="Eligible today"
          value={filters.eligible ?? ''}
          anyLabel="Anyone"
          options={ELIGIBLE_OPTIONS}
          onChange={(value) => update({ eligible: (value || null) as PeopleFilters['eligible'] })}
        />
      </form>

      {error && !shown ? (
        <ErrorNotice
          message={describeError(error) ?? ''}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      ) : !shown ? (
        <LoadingState label="Loading people…" />
      ) : people.length === 0 ? (
        <EmptyState title="No one matches">
          <p>Check the spelling, or clear a filter.</p>
        </EmptyState>
      ) : (
        <div aria-busy={loading || glance.checking}>
          <div className="list-toolbar">
            <p aria-live="polite">
              {`Showing ${people.length.toLocaleString('en')} of ${total.toLocaleString('en')} ${
                filters.eligible === 'yes'
                  ? 'people eligible today'
                  : filters.eligible === 'no'
                    ? 'people not eligible today'
                    : 'people'
              }.`}
            </p>
            {!filters.eligible && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={glance.checking}
                onClick={() => void glance.check(people.map((p) => p.id))}
              >
                {glance.checking ? 'Checking…' : 'Check eligibility of everyone shown'}
              </button>
            )}
          </div>
          {glance.errorMessage && <ErrorNotice message={glance.errorMessage} />}
          <table className="data-table">
            <caption className="visually-hidden">People</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Employee no.</th>
                <th scope="col">E-mail</th>
                <th scope="col">Department</th>
                <th scope="col">Level</th>
                <th scope="col">Eligible today</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/people/${p.id}`}>{p.fullName}</Link>
                    {p.leftOn && <span className="muted"> (left)</span>}
                    {p.onLeave && <span className="muted"> (on leave)</span>}
                  </th>
                  <td>{p.employeeNumber}</td>
                  <td>{p.email}</td>
                  <td>{p.department.name}</td>
                  <td>{CAREER_LEVEL_LABELS[p.careerLevel]}</td>
                  <td>
                    <EligibilityCell glance={glance.answers.get(p.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pageInfo?.hasNextPage && (
            <button
              type="button"
              className="button button--secondary load-more"
              disabled={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                fetchMore({ variables: { after: pageInfo.endCursor } })
                  .catch(() => undefined)
                  .finally(() => setLoadingMore(false));
              }}
            >
              {loadingMore ? 'Loading…' : `Show ${PAGE_SIZE} more`}
            </button>
          )}
        </div>
      )}
    </>
  );
}
