import { useQuery } from '@apollo/client/react';
import { formatMonth } from '@stint/domain';
import { describeError } from '@stint/web-data-access';
import { LoadingState } from '@stint/web-ui';
import { PMO_FILL_WINDOW_QUERY } from '../graphql/rotation.query';
import { fillChange, monthsAround } from '../utils/rotationActions';

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

export interface FreedSeatImpactProps {
  pmoId: string;
  pmoName: string;
  /** The seat-days the change frees; null when it frees none. */
  freed: { from: string; to: string } | null;
}

/**
 * What ending early or cancelling does to the PMO's seat fill (SPEC §4): over the whole months
 * around the days it frees, the fill before and after, from pmoFill's seat-days.
 */
export function FreedSeatImpact({ pmoId, pmoName, freed }: FreedSeatImpactProps) {
  const months = freed ? monthsAround(freed.from, freed.to) : null;
  const { data, loading, error } = useQuery(PMO_FILL_WINDOW_QUERY, {
    variables: { pmoId, from: months?.from ?? '', to: months?.to ?? '' },
    skip: !months,
  });
  const title = 'Impact on the seat fill';
  if (!freed || !months) {
    return (
      <section className="impact" aria-label={title}>
        <h3 className="impact__title">{title}</h3>
        <p className="muted">Choose a valid date to see what it frees.</p>
      </section>
    );
  }
  const points = data?.pmoFill.find((p) => p.pmoId === pmoId)?.points ?? [];
  const change = data ? fillChange(points, months, freed) : null;
  const period = `${formatMonth(months.from.slice(0, 7))} to ${formatMonth(months.to.slice(0, 7))}`;
  return (
    <section className="impact" aria-label={title} aria-busy={loading}>
      <h3 className="impact__title">{title}</h3>
      {error ? (
        <p className="form-alert" role="alert">
          {describeError(error)}
        </p>
      ) : !data ? (
        <LoadingState label="Working out the seat fill…" />
      ) : !change ? (
        <p className="muted">The PMO has no open seats in that period.</p>
      ) : (
        <table className="impact__table">
          <caption className="visually-hidden">{title}: before and after</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="numeric">
                Before
              </th>
              <th scope="col" className="numeric">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {pmoName} seat fill, {period}
              </th>
              <td className="numeric">{pct(change.before)}</td>
              <td className="numeric">{pct(change.after)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="muted">
        Frees the seat from {freed.from} to {freed.to}.
      </p>
    </section>
  );
}
