import type { ReactNode, Ref } from 'react';

export interface ChartCardHeaderProps {
  titleId: string;
  /** The heading takes focus when a retry removes the button that had it. */
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  description?: string;
  /** Buttons beside the title (e.g. Download CSV); nothing is drawn without them. */
  children?: ReactNode;
}

/** The title, description and actions at the top of a chart card or table panel. */
export function ChartCardHeader({
  titleId,
  headingRef,
  title,
  description,
  children,
}: ChartCardHeaderProps) {
  return (
    <div className="chart-card__header">
      <div>
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="chart-card__title">
          {title}
        </h2>
        {description && <p className="chart-card__description">{description}</p>}
      </div>
      {children && <div className="chart-card__actions">{children}</div>}
    </div>
  );
}
