import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { NavItem } from '../types';
import { useFocusOnNavigation } from '../hooks/useFocusOnNavigation';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

export interface AppLayoutProps {
  navItems: readonly NavItem[];
  productName?: string;
  /** The end of the banner: who is signed in and the sign-out button (see HeaderAccount). */
  account?: ReactNode;
  children: ReactNode;
}

const MAIN_ID = 'main-content';

/** The page frame: skip link, banner with the product name, main navigation, main content. */
export function AppLayout({ navItems, productName = 'Stint', account, children }: AppLayoutProps) {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

  return (
    <div className="app-layout">
      <SkipLink targetId={MAIN_ID} />
      <header className="app-header">
        <Link to="/" className="app-header__product">
          {productName}
        </Link>
        <span className="app-header__tagline">PMO staffing</span>
        {account && <div className="app-header__end">{account}</div>}
      </header>
      <div className="app-layout__body">
        <MainNav items={navItems} />
        {/* tabIndex -1: a focus target for the skip link and after navigation, not a tab stop. */}
        <main id={MAIN_ID} ref={main} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
    </div>
  );
}
