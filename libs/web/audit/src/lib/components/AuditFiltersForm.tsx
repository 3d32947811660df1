import { useState, type FormEvent } from 'react';
import type { AuditFilterOptionsQuery } from '@stint/web-data-access';
import { FilterSelect, type FilterSelectOption } from '@stint/web-ui';
import { hasAuditFilters, NO_AUDIT_FILTERS, type AuditFilters } from '../utils/auditFilters';
import { actionLabel, entityTypeLabel } from '../utils/auditLabels';

export interface AuditFiltersFormProps {
  filters: AuditFilters;
  /** Undefined while the choices load (or when they could not be loaded). */
  options: AuditFilterOptionsQuery['auditFilterOptions'] | undefined;
  onChange: (change: Partial<AuditFilters>) => void;
  /** A sentence about the date range, shown beside it. */
  dateProblem: string | null;
}

/** Choices sorted by their words, keeping a chosen value the list does not (yet) hold. */
function choices(
  values: readonly string[],
  label: (value: string) => string,
  chosen: string | null,
): FilterSelectOption[] {
  const all = chosen && !values.includes(chosen) ? [...values, chosen] : values;
  return all
    .map((value) => ({ value, label: label(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/**
 * The audit trail's filters. Drop-downs and dates apply as soon as they change; the record id
 * applies on Enter, on "Apply" or on leaving the field, so typing an id does not search per key.
 */
export function AuditFiltersForm({
  filters,
  options,
  onChange,
  dateProblem,
}: AuditFiltersFormProps) {
  const [recordId, setRecordId] = useState(filters.entityId ?? '');
  const [shownId, setShownId] = useState(filters.entityId);
  // The URL changed under the field (a history link, "Clear filters"): show the new value.
  if (shownId !== filters.entityId) {
    setShownId(filters.entityId);
    setRecordId(filters.entityId ?? '');
  }

  const applyRecordId = () => {
    const value = recordId.trim() || null;
    if (value !== filters.entityId) onChange({ entityId: value });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    applyRecordId();
  };

  const actors = (options?.actors ?? []).map((a) => ({
    value: a.id,
    label: `${a.displayName} (${a.email})`,
  }));
  if (filters.actorUserId && !actors.some((a) => a.value === filters.actorUserId))
    actors.push({ value: filters.actorUserId, label: `User ${filters.actorUserId}` });

  return (
    <form className="filters audit-filters" aria-label="Filter the audit trail" onSubmit={submit}>
      <FilterSelect
        id="audit-entity-type"
        label="Record type"
        value={filters.entityType ?? ''}
        anyLabel="Any record type"
        options={choices(options?.entityTypes ?? [], entityTypeLabel, filters.entityType)}
        onChange={(value) => onChange({ entityType: value || null })}
      />
      <div className="form-field">
        <label htmlFor="audit-entity-id" className="form-field__label">
          Record (id)
        </label>
        <input
          id="audit-entity-id"
          type="search"
          className="form-field__input"
          value={recordId}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setRecordId(e.target.value)}
          onBlur={applyRecordId}
        />
      </div>
      <FilterSelect
        id="audit-actor"
        label="Actor"
        value={filters.actorUserId ?? ''}
        anyLabel="Anyone"
        options={actors}
        onChange={(value) => onChange({ actorUserId: value || null })}
      />
      <FilterSelect
        id="audit-action"
        label="Action"
        value={filters.action ?? ''}
        anyLabel="Any action"
        options={choices(options?.actions ?? [], actionLabel, filters.action)}
        onChange={(value) => onChange({ action: value || null })}
      />
      <div className="form-field">
        <label htmlFor="audit-from" className="form-field__label">
          From (UTC day)
        </label>
        <input
          id="audit-from"
          type="date"
          className="form-field__input form-field__input--date"
          value={filters.from ?? ''}
          aria-invalid={dateProblem ? true : undefined}
          aria-describedby={dateProblem ? 'audit-date-problem' : undefined}
          onChange={(e) => onChange({ from: e.target.value || null })}
        />
      </div>
      <div className="form-field">
        <label htmlFor="audit-to" className="form-field__label">
          To (UTC day)
        </label>
        <input
          id="audit-to"
          type="date"
          className="form-field__input form-field__input--date"
          value={filters.to ?? ''}
          aria-invalid={dateProblem ? true : undefined}
          aria-describedby={dateProblem ? 'audit-date-problem' : undefined}
          onChange={(e) => onChange({ to: e.target.value || null })}
        />
      </div>
      <div className="audit-filters__buttons">
        <button type="submit" className="button button--secondary">
          Apply
        </button>
        {hasAuditFilters(filters) && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange(NO_AUDIT_FILTERS);
              // The button goes away with the filters: keep the keyboard in the form.
              document.getElementById('audit-entity-type')?.focus();
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      {dateProblem && (
        <p
          id="audit-date-problem"
          className="form-field__error audit-filters__problem"
          role="alert"
        >
          {dateProblem}
        </p>
      )}
    </form>
  );
}
