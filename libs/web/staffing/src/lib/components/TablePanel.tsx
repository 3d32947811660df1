import { useId, useRef, type ReactNode } from 'react';
import {
  ChartCardError,
  ChartCardHeader,
  chartCardState,
  chartCardStatus,
  ChartSkeleton,
  ChartTableCells,
  ChartTableHead,
  DownloadCsvButton,
  type ChartColumn,
} from '@stint/web-ui';

export interface TablePanelProps<Row> {
  title: string;
  description?: string;
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
  rowKey: (row: Row) => string;
  loading: boolean;
  errorMessage?: string;
  onRetry?: () => void;
  emptyMessage: string;
  csvFileName: string;
  /** Replaces a row's cells, e.g. one spanning cell for a suppressed group. */
  renderCells?: (row: Row) => ReactNode | undefined;
  /** Controls above the table (e.g. a period). */
  controls?: ReactNode;
  /** Replaced in tests; saves a file in the browser otherwise. */
  onDownloadCsv?: (fileName: string, csv: string) => void;
}

/**
 * A table that is the data itself (not a chart's alternative): the same states as a ChartCard —
 * skeleton, error with retry, empty — and a CSV of exactly the rows shown. Long tables scroll
 * inside the card with their header in view.
 */
export function TablePanel<Row>({
  title,
  description,
  rows,
  columns,
  rowKey,
  loading,
  errorMessage,
  onRetry,
  emptyMessage,
  csvFileName,
  renderCells,
  controls,
  onDownloadCsv,
}: TablePanelProps<Row>) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = chartCardState({ loading, errorMessage, rowCount: rows.length });
  const status = chartCardStatus(state, title, rows.length, emptyMessage);
  const titleId = `${id}-title`;

  return (
    <section className="chart-card table-panel" aria-labelledby={titleId} aria-busy={loading}>
      <ChartCardHeader
        titleId={titleId}
        headingRef={heading}
        title={title}
        description={description}
      >
        {state === 'ready' && (
          <DownloadCsvButton
            rows={rows}
            columns={columns}
            fileName={csvFileName}
            label={title}
            onDownload={onDownloadCsv}
          />
        )}
      </ChartCardHeader>
      {controls}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {state === 'loading' && <ChartSkeleton />}
      {state === 'error' && (
        <ChartCardError
          title={title}
          errorMessage={errorMessage}
          onRetry={
            onRetry &&
            (() => {
              heading.current?.focus();
              onRetry();
            })
          }
        />
      )}
      {state === 'empty' && <p className="chart-card__message">{emptyMessage}</p>}
      {state === 'ready' && (
        <div
          className="chart-table table-panel__scroll"
          tabIndex={0}
          role="region"
          aria-label={`${title} (scrolls)`}
        >
          <table>
            <caption className="visually-hidden">{title}</caption>
            <ChartTableHead columns={columns} />
            <tbody>
              {rows.map((row) => {
                const custom = renderCells?.(row);
                return (
                  <tr key={rowKey(row)}>
                    {custom ?? <ChartTableCells row={row} columns={columns} />}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
