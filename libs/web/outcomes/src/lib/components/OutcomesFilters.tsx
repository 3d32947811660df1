import { useEffect, useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  CAREER_LEVEL_LABELS,
  CAREER_LEVELS,
  PMO_SCOPES,
  type CareerLevel,
  type PmoScope,
} from '@stint/domain';
import { FilterSelect } from '@stint/web-ui';
import { OUTCOMES_DEPARTMENTS_QUERY } from '../graphql/outcomes.query';
import type { OutcomesFilterValues } from '../hooks/useOutcomesFilter';

const SCOPE_LABELS: Record<PmoScope, string> = {
  PROGRAM: 'Program PMO',
  DEPARTMENT: 'Department PMO',
  ENTERPRISE: 'Enterprise PMO',
};

export interface OutcomesFiltersProps {
  filter: OutcomesFilterValues;
  onChange: (next: OutcomesFilterValues) => void;
  /** PMs: period and scope only (organisation-level figures). */
  orgOnly: boolean;
}

/** Period, PMO scope and (not for PMs) department and level; applied with one button. */
export function OutcomesFilters({ filter, onChange, orgOnly }: OutcomesFiltersProps) {
  const id = useId();
  const [draft, setDraft] = useState(filter);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setDraft(filter), [filter]);
  const departments = useQuery(OUTCOMES_DEPARTMENTS_QUERY, { skip: orgOnly });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.to < draft.from) {
      setProblem('The period must end on or after the day it starts.');
      return;
    }
    setProblem(undefined);
    onChange(draft);
  };
  return (
    <form className="coverage-filters" onSubmit={submit} aria-label="Outcome filters" noValidate>
      <div className="coverage-filters__row">
        <div className="coverage-filters__field">
          <label htmlFor={`${id}-from`}>Rotations ended from</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="coverage-filters__field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <FilterSelect
          id={`${id}-scope`}
          label="PMO scope"
          value={draft.scope}
          anyLabel="Any scope"
          options={PMO_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
          onChange={(v) => setDraft({ ...draft, scope: v as PmoScope | '' })}
        />
        {!orgOnly && (
          <>
            <FilterSelect
              id={`${id}-department`}
              label="Department on return"
              value={draft.departmentId}
              anyLabel="Any department"
              options={(departments.data?.departments ?? [])
                .map((d) => ({ value: d.id, label: d.name }))
                .sort((a, b) => a.label.localeCompare(b.label))}
              onChange={(v) => setDraft({ ...draft, departmentId: v })}
            />
            <FilterSelect
              id={`${id}-level`}
              label="Level on return"
              value={draft.careerLevel}
              anyLabel="Any level"
              options={CAREER_LEVELS.map((l) => ({ value: l, label: CAREER_LEVEL_LABELS[l] }))}
              onChange={(v) => setDraft({ ...draft, careerLevel: v as CareerLevel | '' })}
            />
          </>
        )}
        <div className="coverage-filters__buttons">
          <button type="submit" className="button button--secondary">
            Apply filters
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="coverage-filters__problem">
          {problem}
        </p>
      )}
    </form>
  );
}
