import type { ReactNode } from 'react';

/** Nothing to show yet, said plainly, with what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="notice empty-state">
      <p className="notice__title">{title}</p>
      {children && <div>{children}</div>}
    </div>
  );
}
