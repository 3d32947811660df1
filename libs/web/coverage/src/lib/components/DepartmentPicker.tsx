import { useId, useMemo, useState } from 'react';
import type { DepartmentOption } from '../hooks/useDepartmentOptions';

export interface DepartmentPickerProps {
  options: readonly DepartmentOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  loading?: boolean;
  errorMessage?: string;
}

const MAX_SHOWN = 100;

/**
 * A searchable multi-select for hundreds of departments: a search box over a scrolling list of
 * checkboxes (plain form controls, so keyboard and screen readers need nothing special), the
 * choice listed above it with a way to remove each one.
 */
export function DepartmentPicker({
  options,
  selected,
  onChange,
  loading,
  errorMessage,
}: DepartmentPickerProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const names = useMemo(() => new Map(options.map((o) => [o.id, o.name])), [options]);

  const matches = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle
      ? options.filter(
          (o) => o.name.toLowerCase().includes(needle) || o.code.toLowerCase().includes(needle),
        )
      : options;
  }, [options, search]);
  const shown = matches.slice(0, MAX_SHOWN);

  const toggle = (departmentId: string) =>
    onChange(
      chosen.has(departmentId)
        ? selected.filter((s) => s !== departmentId)
        : [...selected, departmentId],
    );

  return (
    <fieldset className="department-picker">
      <legend>Departments</legend>
      <p className="department-picker__summary" aria-live="polite">
        {selected.length === 0 ? 'All departments' : `${selected.length} selected`}
      </p>
      {selected.length > 0 && (
        <ul className="department-picker__chosen" aria-label="Selected departments">
          {selected.map((departmentId) => {
            const name = names.get(departmentId) ?? departmentId;
            return (
              <li key={departmentId}>
                <button
                  type="button"
                  className="department-picker__chip"
                  aria-label={`Remove ${name}`}
                  onClick={() => toggle(departmentId)}
                >
                  {name} <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" className="button button--secondary" onClick={() => onChange([])}>
              Show all departments
            </button>
          </li>
        </ul>
      )}
      <label htmlFor={`${id}-search`}>Search departments</label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        aria-describedby={`${id}-count`}
        autoComplete="off"
      />
      <p id={`${id}-count`} className="department-picker__count">
        {loading
          ? 'Loading departments…'
          : errorMessage
            ? `Departments could not be loaded. ${errorMessage}`
            : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}` +
              (matches.length > MAX_SHOWN
                ? `; showing the first ${MAX_SHOWN}, search to narrow`
                : '')}
      </p>
      <ul className="department-picker__options">
        {shown.map((option) => (
          <li key={option.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(option.id)}
                onChange={() => toggle(option.id)}
              />{' '}
              {option.name} <span className="department-picker__code">{option.code}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
