import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export interface NoAccessPageProps {
  /** The screen that was asked for, e.g. "Staffing". */
  screenLabel?: string;
  /** The role in words, e.g. "Project manager". */
  roleLabel?: string;
  home: { path: string; label: string };
}

export const NO_ACCESS_TITLE = "You don't have access to this page";

/** Shown instead of a screen the signed-in role may not use. */
export function NoAccessPage({ screenLabel, roleLabel, home }: NoAccessPageProps) {
  const what = screenLabel ? `the ${screenLabel} screen` : 'this page';
  return (
    <>
      <PageHeading title={NO_ACCESS_TITLE} />
      <div className="notice">
        <p>
          {roleLabel
            ? `Your role (${roleLabel}) does not include ${what}.`
            : `You cannot use ${what}.`}{' '}
          If you need it, ask a Stint admin.
        </p>
        <p className="notice__action">
          <Link to={home.path}>Go to {home.label}</Link>
        </p>
      </div>
    </>
  );
}
