import { Link, useSearchParams } from 'react-router';
import { PageHeading, PublicLayout } from '@stint/web-ui';

export const NO_ACCESS_REASONS: Readonly<Record<string, string>> = {
  'no-access':
    'Your company account is not in any group that gives access to Stint, so no Stint account was made for you. If you need access, ask your Stint administrator to add you to one of its groups, then sign in again.',
  'no-person':
    'You signed in as a project manager, but Stint has no person record with your e-mail address or employee number. Ask your HR partner to add or correct your record, then sign in again.',
};

/** Where a company sign-in ends when it gives no access (`/no-access?reason=…`). */
export function SignInNoAccessPage() {
  const [params] = useSearchParams();
  const reason = params.get('reason') ?? 'no-access';
  return (
    <PublicLayout>
      <PageHeading title="No access to Stint">
        You are signed in at your company, not in Stint.
      </PageHeading>
      <p>{NO_ACCESS_REASONS[reason] ?? NO_ACCESS_REASONS['no-access']}</p>
      <p>
        <Link to="/sign-in">Back to sign-in</Link>
      </p>
    </PublicLayout>
  );
}
