import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After a client-side navigation, moves focus to the target (the main landmark), as a full page
 * load would: keyboard and screen-reader users then start at the new screen, not in the nav.
 * The first render and redirects (REPLACE, e.g. / → /staffing on load) are left alone so the
 * skip link stays the first stop on a fresh page.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType !== 'REPLACE') target.current?.focus();
  }, [pathname, navigationType, target]);
}
