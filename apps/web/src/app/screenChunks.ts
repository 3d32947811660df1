import { preloadable, type PreloadableScreen } from './preloadable';
import { screenForPath, type ScreenId } from './screens';

// Each screen loads in its own chunk when first opened (the entry chunk stays small); the chunk
// of the address the app starts on is fetched at once, beside the session check.
export const SCREEN_CHUNKS: Partial<Record<ScreenId, PreloadableScreen>> = {
  coverage: preloadable(() => import('@stint/web-coverage').then((m) => m.CoveragePage)),
  staffing: preloadable(() => import('@stint/web-staffing').then((m) => m.StaffingPage)),
  outcomes: preloadable(() => import('@stint/web-outcomes').then((m) => m.OutcomesPage)),
  planning: preloadable(() => import('@stint/web-planning').then((m) => m.PlanningPage)),
  requests: preloadable(() => import('@stint/web-requests').then((m) => m.RequestsScreen)),
  pmos: preloadable(() => import('@stint/web-pmos').then((m) => m.PmosScreen)),
  people: preloadable(() => import('@stint/web-people').then((m) => m.PeopleScreen)),
  'my-rotation': preloadable(() => import('@stint/web-my-rotation').then((m) => m.MyRotationPage)),
  audit: preloadable(() => import('@stint/web-audit').then((m) => m.AuditScreen)),
  settings: preloadable(() => import('@stint/web-settings').then((m) => m.SettingsPage)),
  rotations: preloadable(() => import('@stint/web-pmos').then((m) => m.RotationScreen)),
};

/** Starts fetching the chunk of the screen at `pathname`, if it has one. */
export function preloadScreenAt(pathname: string): void {
  const screen = screenForPath(pathname);
  if (screen) void SCREEN_CHUNKS[screen.id]?.preload();
}
