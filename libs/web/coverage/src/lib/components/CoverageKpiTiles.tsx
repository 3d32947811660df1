import { useMemo } from 'react';
import type { QueryResult } from '../hooks/queryResult';
import type { CoverageData } from '../utils/coverageTypes';
import { toKpiTiles } from '../utils/toKpiTiles';

/** The five headline numbers, as a description list; errors are shown by the charts below. */
export function CoverageKpiTiles({ result }: { result: QueryResult<CoverageData> }) {
  const { data, loading } = result;
  const tiles = useMemo(() => (data ? toKpiTiles(data.totals, data.departments) : []), [data]);

  if (!data) {
    return (
      <div className="kpi-tiles" aria-busy={loading} aria-label="Key figures">
        {loading &&
          Array.from({ length: 5 }, (_, i) => (
            <div
              key={i}
              className="kpi-tile kpi-tile--loading"
              aria-hidden="true"
              data-testid="kpi-skeleton"
            />
          ))}
      </div>
    );
  }
  return (
    // Busy (and dimmed) while new filters load: these are the last answer's figures.
    <dl className="kpi-tiles" aria-label={`Key figures on ${data.asOf}`} aria-busy={loading}>
      {tiles.map((tile) => (
        <div
          key={tile.id}
          className={`kpi-tile${tile.belowTarget ? ' kpi-tile--warning' : ''}`}
          data-testid={`kpi-${tile.id}`}
        >
          <dt className="kpi-tile__label">{tile.label}</dt>
          <dd className="kpi-tile__value">{tile.value}</dd>
          <dd className="kpi-tile__detail">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
