/** What every Coverage data hook returns: data, its states, and a retry. */
export interface QueryResult<T> {
  data: T | undefined;
  loading: boolean;
  /** A sentence to show, never the raw error. */
  errorMessage: string | undefined;
  retry: () => void;
}

/** Refetch, leaving any failure to show up as the query's error on the next render. */
export function retryWith(refetch: () => Promise<unknown>): () => void {
  return () => {
    refetch().catch(() => undefined);
  };
}
