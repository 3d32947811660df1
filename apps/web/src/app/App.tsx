import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ComingSoonPage, LoadingState } from '@stint/web-ui';
// Small, and the header's bell comes from the same library: loaded with the shell.
import { PreferencesPage } from '@stint/web-notifications';
import { RequireSession } from './auth/RequireSession';
import { SignInNoAccessPage } from './auth/SignInNoAccessPage';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SCREEN_CHUNKS } from './screenChunks';
import { SCREENS, type Screen } from './screens';
import { ScreenRoute } from './ScreenRoute';
import { ShellLayout } from './ShellLayout';

/** A built screen, or the placeholder of one still to come. */
function ScreenBody({ screen }: { screen: Screen }) {
  const chunk = SCREEN_CHUNKS[screen.id];
  if (!chunk) return <ComingSoonPage title={screen.label} description={screen.description} />;
  return <chunk.Screen loadingLabel={`Loading ${screen.label}…`} />;
}

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
                    <ScreenBody screen={screen} />
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
