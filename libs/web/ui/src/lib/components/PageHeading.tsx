import type { ReactNode } from 'react';
import { usePageTitle } from '../hooks/usePageTitle';

export interface PageHeadingProps {
  title: string;
  children?: ReactNode;
}

/** A screen's one h1, which also names the browser tab. */
export function PageHeading({ title, children }: PageHeadingProps) {
  usePageTitle(title);
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {children && <p className="page-heading__lead">{children}</p>}
    </div>
  );
}
