import { formatDay } from '@stint/domain';
import { RULE_LABELS } from '@stint/web-ui';
import type { EligibilityGlance } from '../utils/eligibilityBatch';

/** One person's eligibility today, in a few words. */
export function EligibilityCell({ glance }: { glance: EligibilityGlance | undefined }) {
  if (!glance) return <span className="muted">Not checked</span>;
  if (glance.eligible) return <span className="glance glance--yes">Eligible</span>;
  const why = glance.failed.map((code) => RULE_LABELS[code] ?? code).join(', ');
  return (
    <span className="glance glance--no">
      Not yet{glance.eligibleFrom ? `, from ${formatDay(glance.eligibleFrom)}` : ''}
      {why && <span className="glance__why"> ({why})</span>}
    </span>
  );
}
