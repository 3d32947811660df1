import { Link } from 'react-router';
import { PageHeading } from '@stint/web-ui';

export const NOT_DIRECTED_TITLE = 'You do not direct this PMO';

/** A director opened a PMO (or one of its forms) they are not a director of. */
export function NotDirectedPage({ pmoName }: { pmoName?: string }) {
  return (
    <>
      <PageHeading title={NOT_DIRECTED_TITLE} />
      <div className="notice">
        <p>
          {pmoName ? `${pmoName} is` : 'This PMO is'} directed by other directors, so you cannot see
          or change its seats. Ask one of its directors or a Stint admin to add you.
        </p>
        <p className="notice__action">
          <Link to="/pmos">Go to your PMOs</Link>
        </p>
      </div>
    </>
  );
}
