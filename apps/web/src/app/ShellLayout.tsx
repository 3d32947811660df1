import { Link, Outlet } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { NotificationBell } from '@stint/web-notifications';
import { AppLayout, HeaderAccount } from '@stint/web-ui';
import { navigationFor, ROLE_LABELS } from './screens';

/**
 * The frame around every screen: the role's navigation, the notification bell, "My settings"
 * and who is signed in.
 */
export function ShellLayout() {
  const { user, signOut, signingOut, signOutError } = useSession();
  if (!user) return null; // RequireSession renders this only for a signed-in user

  return (
    <AppLayout
      navItems={navigationFor(user.role)}
      account={
        <div className="header-tools">
          <NotificationBell />
          <Link to="/preferences" className="header-tools__link">
            My settings
          </Link>
          <HeaderAccount
            displayName={user.displayName}
            roleLabel={ROLE_LABELS[user.role]}
            signingOut={signingOut}
            errorMessage={signOutError}
            onSignOut={() => {
              // Never rejects; on success RequireSession sends the person to /sign-in.
              void signOut();
            }}
          />
        </div>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
