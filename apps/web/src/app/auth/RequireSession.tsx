import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { LoadingState, PageHeading, PublicLayout } from '@stint/web-ui';
import { SIGN_IN_PATH, signInPathFor } from './signInRedirect';

/**
 * The gate in front of every screen: waits for `me`, sends a signed-out visitor to sign in
 * (with where they were going, and whether their session just ended), and lets a signed-in one
 * through.
 */
export function RequireSession() {
  const session = useSession();
  const { pathname, search } = useLocation();

  // Signing out goes to a plain sign-in page: the next person should not land on this one's page.
  if (session.endReason === 'signedOut') return <Navigate to={SIGN_IN_PATH} replace />;

  switch (session.status) {
    case 'signedIn':
      return <Outlet />;
    case 'signedOut':
      return (
        <Navigate
          to={signInPathFor(`${pathname}${search}`, { expired: session.endReason === 'expired' })}
          replace
        />
      );
    case 'loading':
      return (
        <PublicLayout>
          <LoadingState label="Checking your session…" />
        </PublicLayout>
      );
    case 'error':
      return (
        <PublicLayout>
          <PageHeading title="Stint is not available" />
          <div role="alert" className="form-alert">
            Could not check whether you are signed in. {session.errorMessage}
          </div>
          <button type="button" className="button" onClick={session.retry}>
            Try again
          </button>
        </PublicLayout>
      );
  }
}
