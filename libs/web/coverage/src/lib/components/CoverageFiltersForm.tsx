import { useEffect, useId, useState, type FormEvent } from 'react';
import { useDepartmentOptions } from '../hooks/useDepartmentOptions';
import { periodProblem, type CoverageFilters } from '../utils/coverageFilters';
import type { CoverageGranularity } from '../utils/coverageTypes';
import { DepartmentPicker } from './DepartmentPicker';

export interface CoverageFiltersFormProps {
  filters: CoverageFilters;
  onApply: (filters: CoverageFilters) => void;
  onReset: () => void;
}

/**
 * Period, granularity and departments. Changes apply on "Apply" (one request, not one per
 * keystroke in a date field) and go into the address, so Back and a copied link both work.
 */
export function CoverageFiltersForm({ filters, onApply, onReset }: CoverageFiltersFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const [problem, setProblem] = useState<string | undefined>();
  const departments = useDepartmentOptions();

  // The address is the source of truth: Back/Forward or a pasted link replace the draft.
  useEffect(() => {
    setDraft(filters);
    setProblem(undefined);
  }, [filters]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft.from, draft.to);
    setProblem(found);
    if (!found) onApply(draft);
  };

  return (
    <form className="coverage-filters" aria-label="Coverage filters" onSubmit={submit} noValidate>
      <div className="coverage-filters__row">
        <div className="coverage-filters__field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            required
          />
        </div>
        <div className="coverage-filters__field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            required
          />
        </div>
        <div className="coverage-filters__field">
          <label htmlFor={`${id}-granularity`}>Periods</label>
          <select
            id={`${id}-granularity`}
            value={draft.granularity}
            onChange={(e) =>
              setDraft({ ...draft, granularity: e.target.value as CoverageGranularity })
            }
          >
            <option value="QUARTER">Quarters</option>
            <option value="MONTH">Months</option>
          </select>
        </div>
        <div className="coverage-filters__buttons">
          <button type="submit" className="button">
            Apply
          </button>
          <button type="button" className="button button--secondary" onClick={onReset}>
            Reset
          </button>
        </div>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="coverage-filters__problem" role="alert">
          {problem}
        </p>
      )}
      <details
        className="coverage-filters__departments"
        open={draft.departmentIds.length > 0 || undefined}
      >
        <summary>
          Departments:{' '}
          {draft.departmentIds.length === 0 ? 'all' : `${draft.departmentIds.length} selected`}
        </summary>
        <DepartmentPicker
          options={departments.options}
          selected={draft.departmentIds}
          onChange={(departmentIds) => setDraft({ ...draft, departmentIds })}
          loading={departments.loading}
          errorMessage={departments.errorMessage}
        />
      </details>
    </form>
  );
}
