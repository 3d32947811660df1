import { useId, useRef, useState, type ReactNode } from 'react';
import type { ChartColumn } from '../types';
import { chartCardState, chartCardStatus } from '../utils/chartCardState';
import { ChartCardError } from './ChartCardError';
import { ChartCardHeader } from './ChartCardHeader';
import { ChartDataTable } from './ChartDataTable';
import { ChartSkeleton } from './ChartSkeleton';
import { DownloadCsvButton } from './DownloadCsvButton';

export interface ChartCardProps<Row> {
  title: string;
  description?: string;
  /** The rows the chart draws; the data table and the CSV show exactly these. */
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
  rowKey: (row: Row) => string;
  loading: boolean;
  /** A sentence for people (see describeError), never an error object. */
  errorMessage?: string | null;
  onRetry?: () => void;
  emptyMessage?: string;
  /** Base name of the CSV download. */
  csvFileName: string;
  /** One sentence summing the chart up for assistive technology (the data table has the rest). */
  chartSummary: string;
  /** Passed to the CSV button, for tests. */
  onDownloadCsv?: (fileName: string, csv: string) => void;
  /** More buttons beside "Show data table", once the chart is drawn (e.g. chart every row). */
  actions?: ReactNode;
  /** The chart itself, drawn only when there are rows. */
  children: ReactNode;
}

/**
 * The frame every Stint chart sits in (SPEC §6): title, loading skeleton, empty and error states
 * with a retry, a text alternative (a one-sentence summary, and the data table on demand) and a
 * CSV download of the same rows.
 */
export function ChartCard<Row>({
  title,
  description,
  rows,
  columns,
  rowKey,
  loading,
  errorMessage,
  onRetry,
  emptyMessage = 'There is no data to show yet.',
  csvFileName,
  chartSummary,
  onDownloadCsv,
  actions,
  children,
}: ChartCardProps<Row>) {
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const heading = useRef<HTMLHeadingElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const state = chartCardState({ loading, errorMessage, rowCount: rows.length });

  const status = chartCardStatus(state, title, rows.length, emptyMessage);

  const retry = () => {
    // The button disappears with the error; keep focus in the card instead of losing it.
    heading.current?.focus();
    onRetry?.();
  };

  return (
    <section
      className="chart-card"
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || (loading && state === 'ready')}
    >
      <ChartCardHeader
        titleId={titleId}
        headingRef={heading}
        title={title}
        description={description}
      >
        {state === 'ready' && (
          <>
            {actions}
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={tableShown}
              aria-controls={tableId}
              onClick={() => setTableShown((shown) => !shown)}
            >
              {tableShown ? 'Hide data table' : 'Show data table'}
            </button>
            <DownloadCsvButton
              rows={rows}
              columns={columns}
              fileName={csvFileName}
              label={title}
              onDownload={onDownloadCsv}
            />
          </>
        )}
      </ChartCardHeader>

      <p role="status" className="visually-hidden">
        {status}
      </p>

      {state === 'loading' && <ChartSkeleton />}

      {state === 'error' && (
        <ChartCardError title={title} errorMessage={errorMessage} onRetry={onRetry && retry} />
      )}

      {state === 'empty' && <p className="chart-card__message">{emptyMessage}</p>}

      {state === 'ready' && (
        <>
          {/* The drawing is one image to assistive technology; "Show data table" gives the data. */}
          <div className="chart-card__chart" role="img" aria-label={chartSummary}>
            {children}
          </div>
          {/* Built only when asked for: at 200 departments by 24 months the tables of one screen
              are ~13,000 elements, which every redraw and layout of the page would pay for. */}
          <div id={tableId}>
            {tableShown && (
              <ChartDataTable caption={title} rows={rows} columns={columns} rowKey={rowKey} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
