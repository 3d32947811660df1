import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ChartColumn } from '@stint/web-ui';
import { useFairness } from '../hooks/useFairness';
import { useFairnessPeriod, type FairnessPeriod } from '../hooks/useFairnessPeriod';
import {
  SUPPRESSED_DECISIONS_TEXT,
  SUPPRESSED_TEXT,
  type FairnessRow,
} from '../utils/toFairnessRows';
import { TablePanel } from './TablePanel';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const days = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const ratio = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type Numbers = Extract<FairnessRow, { suppressed: false }>;
const rate = (pick: (r: Numbers) => number | null) => ({
  value: (r: FairnessRow) => {
    if (r.suppressed) return null;
    const v = pick(r);
    return v === null ? null : Math.round(v * 1000) / 10;
  },
  format: (r: FairnessRow) => {
    if (r.suppressed) return '';
    const v = pick(r);
    return v === null ? 'No data' : percent.format(v);
  },
  numeric: true,
});

/** A figure over the decisions: the words, never a number, below 5 (CSV and screen alike). */
const overDecisions = (pick: (r: Numbers) => number | null, show: (v: number) => string) => ({
  value: (r: FairnessRow) => {
    if (r.suppressed) return null;
    if (r.approvalSuppressed) return SUPPRESSED_DECISIONS_TEXT;
    return pick(r);
  },
  format: (r: FairnessRow) => {
    if (r.suppressed) return '';
    if (r.approvalSuppressed) return SUPPRESSED_DECISIONS_TEXT;
    const v = pick(r);
    return v === null ? 'No data' : show(v);
  },
  numeric: true,
});

function columns(groupHeader: string): ChartColumn<FairnessRow>[] {
  return [
    { header: groupHeader, value: (r) => r.label },
    {
      header: 'People',
      value: (r) => (r.suppressed ? SUPPRESSED_TEXT : r.people),
      numeric: true,
    },
    { header: 'Request rate (%)', ...rate((r) => r.requestRate) },
    { header: 'Decided requests', ...overDecisions((r) => r.decided, String) },
    {
      header: 'Approval rate (%)',
      ...overDecisions(
        (r) => (r.approvalRate === null ? null : Math.round(r.approvalRate * 1000) / 10),
        (v) => percent.format(v / 100),
      ),
    },
    { header: 'Placement rate (%)', ...rate((r) => r.placementRate) },
    {
      header: 'Median days to decision',
      ...overDecisions(
        (r) => r.medianDaysToDecision,
        (v) => days.format(v),
      ),
    },
    {
      header: 'Impact ratio',
      value: (r) => (r.suppressed ? null : r.impactRatio),
      format: (r) =>
        r.suppressed || r.impactRatio === null ? 'No data' : ratio.format(r.impactRatio),
      numeric: true,
    },
    {
      header: 'Under four-fifths',
      value: (r) =>
        r.suppressed || r.belowFourFifths === null ? null : r.belowFourFifths ? 'Yes' : 'No',
      format: (r) =>
        r.suppressed || r.belowFourFifths === null
          ? 'No data'
          : r.belowFourFifths
            ? 'Yes — under 0.8'
            : 'No',
    },
  ];
}

const DEPARTMENT_COLUMNS = columns('Department');
const LEVEL_COLUMNS = columns('Career level');

// A suppressed group reads as one sentence across the row: never a number, not even a zero.
function suppressedCells(row: FairnessRow) {
  if (!row.suppressed) return undefined;
  return (
    <>
      <th scope="row">{row.label}</th>
      <td colSpan={DEPARTMENT_COLUMNS.length - 1} className="fairness__suppressed">
        {SUPPRESSED_TEXT}
      </td>
    </>
  );
}

function PeriodForm({
  period,
  onChange,
}: {
  period: FairnessPeriod;
  onChange: (p: FairnessPeriod) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(period);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setDraft(period), [period]);
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
    <form
      className="coverage-filters__row fairness__period"
      onSubmit={submit}
      aria-label="Fairness period"
      noValidate
    >
      <div className="coverage-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
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
      <div className="coverage-filters__buttons">
        <button type="submit" className="button button--secondary">
          Show period
        </button>
      </div>
      {problem && (
        <p role="alert" className="coverage-filters__problem">
          {problem}
        </p>
      )}
    </form>
  );
}

/**
 * Fairness (HR and admins): request, approval and placement rates and the median days to a
 * decision, per department and per career level. Groups under five people are suppressed.
 */
export function FairnessPanel() {
  const { period, setPeriod } = useFairnessPeriod();
  const { tables, loading, errorMessage, retry } = useFairness(period.from, period.to);
  const shared = {
    loading,
    errorMessage,
    onRetry: retry,
    rowKey: (r: FairnessRow) => r.key,
    renderCells: suppressedCells,
  };
  return (
    <>
      <TablePanel
        {...shared}
        title="Fairness by department"
        description={`Requests from ${period.from} to ${period.to}. Groups of fewer than 5 people, and rates over fewer than 5 decisions, are suppressed so nobody can be singled out. Impact ratio: a group's placement rate divided by the highest group's; under 0.8 fails the four-fifths rule.`}
        rows={tables?.byDepartment ?? []}
        columns={DEPARTMENT_COLUMNS}
        emptyMessage="There are no departments to compare."
        csvFileName="fairness-by-department"
        controls={<PeriodForm period={period} onChange={setPeriod} />}
      />
      <TablePanel
        {...shared}
        title="Fairness by career level"
        description={`Requests from ${period.from} to ${period.to}, by career level.`}
        rows={tables?.byLevel ?? []}
        columns={LEVEL_COLUMNS}
        emptyMessage="There are no career levels to compare."
        csvFileName="fairness-by-level"
      />
    </>
  );
}
