import { Link } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { PageHeading } from '@stint/web-ui';
import { homeScreenFor } from './screens';

/** Any address the dashboard does not know. */
export function NotFoundPage() {
  const { user } = useSession();
  const home = user ? homeScreenFor(user.role) : undefined;
  return (
    <>
      <PageHeading title="Page not found" />
      <div className="notice">
        <p>
          There is no page at this address. Check the link
          {home && (
            <>
              , or go to <Link to={home.path}>{home.label}</Link>
            </>
          )}
          .
        </p>
      </div>
    </>
  );
}
