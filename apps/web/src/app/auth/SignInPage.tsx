import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { PageHeading, PublicLayout, SignInForm } from '@stint/web-ui';
import { afterSignInPath } from './signInRedirect';

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/**
 * `/sign-in?next=/path&expired=1`. Signed-in visitors (and everyone, once signing in succeeds)
 * go on to `next` when it is safe and theirs to open, else to their role's home. The page
 * itself runs no protected operation, so an ended session cannot bounce anyone off it.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const { status, user, signIn, signingIn, signInFailure } = useSession();

  if (status === 'signedIn' && user && !signingIn) {
    return <Navigate to={afterSignInPath(user.role, params.get('next'))} replace />;
  }

  return (
    <PublicLayout>
      <PageHeading title="Sign in">Sign in with your work e-mail address.</PageHeading>
      {params.get('expired') === '1' && (
        <div className="notice" role="status">
          <p>{SESSION_ENDED}</p>
        </div>
      )}
      <SignInForm
        pending={signingIn}
        errorMessage={signInFailure?.message}
        fieldErrors={signInFailure?.fieldErrors}
        onSubmit={(credentials) => {
          // Resolves either way; success re-renders this page into the redirect above.
          void signIn(credentials);
        }}
      />
    </PublicLayout>
  );
}
