import type { ReactNode } from 'react';
import { useSession } from '@stint/web-data-access';
import { NoAccessPage } from '@stint/web-ui';
import { homeScreenFor, ROLE_LABELS, type Screen } from './screens';

export interface ScreenRouteProps {
  screen: Screen;
  children: ReactNode;
}

/** Renders a screen for the roles it is meant for, and a "no access" page for everyone else. */
export function ScreenRoute({ screen, children }: ScreenRouteProps) {
  const { user } = useSession();
  if (!user) return null;
  if (!screen.roles.includes(user.role)) {
    const home = homeScreenFor(user.role);
    return (
      <NoAccessPage
        screenLabel={screen.label}
        roleLabel={ROLE_LABELS[user.role]}
        home={{ path: home.path, label: home.label }}
      />
    );
  }
  return <>{children}</>;
}
