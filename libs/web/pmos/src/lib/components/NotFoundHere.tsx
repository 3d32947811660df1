import { Link } from 'react-router';
import { PageHeading } from '@stint/web-ui';

/** An address below this screen that does not exist. */
export function NotFoundHere({ back, label }: { back: string; label: string }) {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>
        <Link to={back}>{label}</Link>
      </p>
    </>
  );
}
