import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ComingSoonPage, LoadingState } from '@stint/web-ui';
// Small, and the header's bell comes from the same library: loaded with the shell.
import { PreferencesPage } from '@stint/web-notifications';
import { RequireSession } from './auth/RequireSession';
import { SignInNoAccessPage } from './auth/SignInNoAccessPage';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SCREENS, type ScreenId } from './screens';
import { ScreenRoute } from './ScreenRoute';
import { ShellLayout } from './ShellLayout';

// Each screen loads in its own chunk when first opened (the entry chunk stays small).
const CoveragePage = lazy(() =>
  import('@stint/web-coverage').then((m) => ({ default: m.CoveragePage })),
);
const StaffingPage = lazy(() =>
  import('@stint/web-staffing').then((m) => ({ default: m.StaffingPage })),
);
const OutcomesPage = lazy(() =>
  import('@stint/web-outcomes').then((m) => ({ default: m.OutcomesPage })),
);
const PlanningPage = lazy(() =>
  import('@stint/web-planning').then((m) => ({ default: m.PlanningPage })),
);
const RequestsScreen = lazy(() =>
  import('@stint/web-requests').then((m) => ({ default: m.RequestsScreen })),
);
const PeopleScreen = lazy(() =>
  import('@stint/web-people').then((m) => ({ default: m.PeopleScreen })),
);
const PmosScreen = lazy(() => import('@stint/web-pmos').then((m) => ({ default: m.PmosScreen })));
const RotationScreen = lazy(() =>
  import('@stint/web-pmos').then((m) => ({ default: m.RotationScreen })),
);
const MyRotationPage = lazy(() =>
  import('@stint/web-my-rotation').then((m) => ({ default: m.MyRotationPage })),
);
const AuditScreen = lazy(() =>
  import('@stint/web-audit').then((m) => ({ default: m.AuditScreen })),
);
const SettingsPage = lazy(() =>
  import('@stint/web-settings').then((m) => ({ default: m.SettingsPage })),
);

// The screens that exist; every other one shows its placeholder.
const BUILT: Partial<Record<ScreenId, ReactNode>> = {
  coverage: <CoveragePage />,
  staffing: <StaffingPage />,
  outcomes: <OutcomesPage />,
  planning: <PlanningPage />,
  requests: <RequestsScreen />,
  pmos: <PmosScreen />,
  people: <PeopleScreen />,
  'my-rotation': <MyRotationPage />,
  audit: <AuditScreen />,
  settings: <SettingsPage />,
  rotations: <RotationScreen />,
};

/**
 * The routes of the dashboard. Screens live in their libraries; this file only places them.
 * Needs a router, an Apollo client and a SessionProvider above it (see main.tsx).
 */
export function App() {
  return (
    <Routes>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="no-access" element={<SignInNoAccessPage />} />
      <Route element={<RequireSession />}>
        <Route element={<ShellLayout />}>
          <Route index element={<HomeRedirect />} />
          {SCREENS.map((screen) => (
            <Route
              key={screen.path}
              // `/*`: Requests and People have pages below them (/requests/:id, /people/new, …).
              path={`${screen.path}/*`}
              element={
                <ScreenRoute screen={screen}>
                  <Suspense fallback={<LoadingState label={`Loading ${screen.label}…`} />}>
                    {BUILT[screen.id] ?? (
                      <ComingSoonPage title={screen.label} description={screen.description} />
                    )}
                  </Suspense>
                </ScreenRoute>
              }
            />
          ))}
          {/* Every role's own preferences: not a screen of the navigation, linked from the header. */}
          <Route path="preferences" element={<PreferencesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
