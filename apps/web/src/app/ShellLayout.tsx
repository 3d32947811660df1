import { Link, Outlet } from 'react-router';
import { useSession } from '@stint/web-data-access';
import { NotificationBell } from '@stint/web-notifications';
import { AppLayout, HeaderAccount } from '@stint/web-ui';
import { navigationFor, ROLE_LABELS } from './screens';
import { useOutcomesDueCount } from './useOutcomesDue';

/**
 * The frame around every screen: the role's navigation, the notification bell, "My settings"
 * and who is signed in.
 */
export function ShellLayout() {
  const { user, signOut, signingOut, signOutError } = useSession();
  const outcomesDue = useOutcomesDueCount(user);
  if (!user) return null; // RequireSession renders this only for a signed-in user

  // Planning carries the count of rotations whose outcome is due (its "Outcomes due" list).
  const navItems = navigationFor(user.role).map((screen) =>
    screen.id === 'planning'
      ? { ...screen, badge: { count: outcomesDue, label: 'outcomes due' } }
      : screen,
  );
  return (
    <AppLayout
      navItems={navItems}
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
