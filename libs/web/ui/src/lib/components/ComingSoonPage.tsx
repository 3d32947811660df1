import { PageHeading } from './PageHeading';

export interface ComingSoonPageProps {
  title: string;
  /** What the screen will do, so the placeholder still tells the user something useful. */
  description?: string;
}

/** Stands in for a screen that is not built yet. */
export function ComingSoonPage({ title, description }: ComingSoonPageProps) {
  return (
    <>
      <PageHeading title={title} />
      <div className="notice">
        <p className="notice__title">Coming soon</p>
        <p>
          The {title} screen is not available yet.
          {description ? ` ${description}` : ''}
        </p>
      </div>
    </>
  );
}
