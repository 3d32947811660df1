export interface PagerProps {
  /** 1-based page number shown. */
  page: number;
  totalCount: number;
  pageSize: number;
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
  loading?: boolean;
  /** What a row is, plural ("requests"). */
  noun: string;
}

/** Previous / next over a connection, with where you are in words. */
export function Pager({
  page,
  totalCount,
  pageSize,
  hasNext,
  onNext,
  onPrevious,
  loading,
  noun,
}: PagerProps) {
  const from = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, totalCount);
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <p className="pager__status" aria-live="polite">
        {totalCount === 0
          ? `No ${noun}`
          : `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${totalCount.toLocaleString('en')} ${noun}`}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1 || loading}
        onClick={onPrevious}
      >
        Previous page
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={!hasNext || loading}
        onClick={onNext}
      >
        Next page
      </button>
    </nav>
  );
}
