import { useId, useRef, type ReactNode } from 'react';
import { ChartSkeleton, toCsv, type ChartColumn } from '@stint/web-ui';

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

function saveCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
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
  onDownloadCsv = saveCsv,
}: TablePanelProps<Row>) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const state =
    loading && rows.length === 0
      ? 'loading'
      : errorMessage
        ? 'error'
        : rows.length === 0
          ? 'empty'
          : 'ready';
  const status =
    state === 'loading'
      ? `Loading ${title}…`
      : state === 'empty'
        ? emptyMessage
        : state === 'ready'
          ? `${title}: showing ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}.`
          : '';

  return (
    <section className="chart-card table-panel" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <div className="chart-card__header">
        <div>
          <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="chart-card__title">
            {title}
          </h2>
          {description && <p className="chart-card__description">{description}</p>}
        </div>
        {state === 'ready' && (
          <div className="chart-card__actions">
            <button
              type="button"
              className="button button--secondary"
              aria-label={`Download CSV: ${title}`}
              onClick={() => onDownloadCsv(`${csvFileName}.csv`, toCsv(rows, columns))}
            >
              Download CSV
            </button>
          </div>
        )}
      </div>
      {controls}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {state === 'loading' && <ChartSkeleton />}
      {state === 'error' && (
        <div role="alert" className="chart-card__message chart-card__message--error">
          <p>
            <strong>{title} could not be loaded.</strong> {errorMessage}
          </p>
          {onRetry && (
            <button
              type="button"
              className="button"
              onClick={() => {
                heading.current?.focus();
                onRetry();
              }}
            >
              Retry
            </button>
          )}
        </div>
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
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.header}
                    scope="col"
                    className={column.numeric ? 'numeric' : undefined}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const custom = renderCells?.(row);
                return (
                  <tr key={rowKey(row)}>
                    {custom ??
                      columns.map((column, index) => {
                        const text = column.format
                          ? column.format(row)
                          : String(column.value(row) ?? '');
                        const className = column.numeric ? 'numeric' : undefined;
                        return index === 0 ? (
                          <th key={column.header} scope="row" className={className}>
                            {text}
                          </th>
                        ) : (
                          <td key={column.header} className={className}>
                            {text}
                          </td>
                        );
                      })}
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
