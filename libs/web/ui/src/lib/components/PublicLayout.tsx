import type { ReactNode } from 'react';

export interface PublicLayoutProps {
  productName?: string;
  children: ReactNode;
}

/** The frame for pages seen before signing in: a banner with the product name and a centred card. */
export function PublicLayout({ productName = 'Stint', children }: PublicLayoutProps) {
  return (
    <div className="public-layout">
      <header className="app-header">
        <span className="app-header__product">{productName}</span>
        <span className="app-header__tagline">PMO staffing</span>
      </header>
      <main id="main-content" tabIndex={-1} className="public-layout__main">
        <div className="public-layout__card">{children}</div>
      </main>
    </div>
  );
}
