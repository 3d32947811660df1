import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ComingSoonPage } from '@stint/web-ui';
import { StaffingPage } from '@stint/web-staffing';
import { RequireSession } from './auth/RequireSession';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SCREENS, type ScreenId } from './screens';
import { ScreenRoute } from './ScreenRoute';
import { ShellLayout } from './ShellLayout';

// The screens that exist; every other one shows its placeholder.
const BUILT: Partial<Record<ScreenId, ReactNode>> = {
  staffing: <StaffingPage />,
};

/**
 * The routes of the dashboard. Screens live in their libraries; this file only places them.
 * Needs a router, an Apollo client and a SessionProvider above it (see main.tsx).
 */
export function App() {
  return (
    <Routes>
      <Route path="sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route element={<ShellLayout />}>
          <Route index element={<HomeRedirect />} />
          {SCREENS.map((screen) => (
            <Route
              key={screen.path}
              path={screen.path}
              element={
                <ScreenRoute screen={screen}>
                  {BUILT[screen.id] ?? (
                    <ComingSoonPage title={screen.label} description={screen.description} />
                  )}
                </ScreenRoute>
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
