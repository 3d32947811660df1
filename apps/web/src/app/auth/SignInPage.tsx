import { Navigate, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { AUTH_OPTIONS_QUERY, useSession } from '@stint/web-data-access';
import { PageHeading, PublicLayout, SignInForm } from '@stint/web-ui';
import { afterSignInPath } from './signInRedirect';

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/** Why a company sign-in came back without a session (`/sign-in?oidc=…`). */
export const OIDC_PROBLEMS: Readonly<Record<string, string>> = {
  failed: 'Signing in with your company account did not work. Please try again.',
  unavailable: 'The company sign-in service cannot be reached right now. Please try again shortly.',
  disabled: 'Your Stint account is disabled. Ask your Stint administrator if this is a mistake.',
  'unverified-email':
    'Your company account has no verified e-mail address that Stint can use. Ask your identity administrator.',
};

/**
 * `/sign-in?next=/path&expired=1`. Signed-in visitors (and everyone, once signing in succeeds)
 * go on to `next` when it is safe and theirs to open, else to their role's home. The page
 * itself runs no protected operation, so an ended session cannot bounce anyone off it.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const { status, user, signIn, signingIn, signInFailure } = useSession();
  // Public; until it answers (or if it fails) the password form shows, as it always did.
  const { data } = useQuery(AUTH_OPTIONS_QUERY);
  const options = data?.authOptions;
  const local = options?.localLogin ?? true;
  const oidcProblem = OIDC_PROBLEMS[params.get('oidc') ?? ''];

  if (status === 'signedIn' && user && !signingIn) {
    return <Navigate to={afterSignInPath(user.role, params.get('next'))} replace />;
  }

  return (
    <PublicLayout>
      <PageHeading title="Sign in">
        {local ? 'Sign in with your work e-mail address.' : 'Sign in with your company account.'}
      </PageHeading>
      {oidcProblem && (
        <div className="form-alert" role="alert">
          <p>{oidcProblem}</p>
        </div>
      )}
      {options?.oidcLoginUrl && (
        <p>
          <a
            className="button button--wide"
            href={`${options.oidcLoginUrl}?next=${encodeURIComponent(params.get('next') ?? '/')}`}
          >
            Sign in with {options.oidcProviderName}
          </a>
        </p>
      )}
      {options?.oidcLoginUrl && local && <p className="sign-in__or">or with your password</p>}
      {params.get('expired') === '1' && (
        <div className="notice" role="status">
          <p>{SESSION_ENDED}</p>
        </div>
      )}
      {local && (
        <SignInForm
          pending={signingIn}
          errorMessage={signInFailure?.message}
          fieldErrors={signInFailure?.fieldErrors}
          onSubmit={(credentials) => {
            // Resolves either way; success re-renders this page into the redirect above.
            void signIn(credentials);
          }}
        />
      )}
    </PublicLayout>
  );
}
