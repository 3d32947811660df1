import { formatDay } from '@stint/domain';

export interface ChecklistRule {
  code: string;
  passed: boolean;
  message: string;
}

export interface EligibilityChecklistProps {
  rules: readonly ChecklistRule[];
  eligible: boolean;
  eligibleFrom?: string | null;
  startsOn?: string;
  policyVersion?: number;
  /** Headline wording; "You are" for the PM themself, the person's name otherwise. */
  subject?: string;
}

/** Rule codes in words, for the checklist's left column. */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  EMPLOYED: 'Employment',
  LEVEL: 'Career level',
  EXPERIENCE: 'Experience as a PM',
  NO_OVERLAP: 'No other rotation',
  COOLDOWN: 'Time since the last rotation',
  MAX_ROTATIONS: 'Rotations so far',
  DURATION: 'Length of the rotation',
  SEAT_LEVEL: 'Level for the seat',
  AWAY_CAP: 'Department away cap',
};

/** Every eligibility rule with passed or not and the server's plain sentence (SPEC §3). */
export function EligibilityChecklist({
  rules,
  eligible,
  eligibleFrom,
  startsOn,
  policyVersion,
  subject = 'This person',
}: EligibilityChecklistProps) {
  const verb = subject === 'You' ? 'are' : 'is';
  let summary = eligible
    ? `${subject} ${verb} eligible${startsOn ? ` for a rotation starting ${formatDay(startsOn)}` : ''}.`
    : `${subject} ${verb} not eligible${startsOn ? ` for a rotation starting ${formatDay(startsOn)}` : ''}.`;
  if (!eligible) {
    summary += eligibleFrom
      ? ` Eligible from ${formatDay(eligibleFrom)}.`
      : ' Waiting alone will not change this.';
  }
  return (
    <div className="eligibility">
      <p
        className={
          eligible ? 'eligibility__summary eligibility__summary--yes' : 'eligibility__summary'
        }
      >
        {summary}
      </p>
      <ul className="eligibility__rules" aria-label="Eligibility rules">
        {rules.map((rule) => (
          <li
            key={rule.code}
            className={
              rule.passed ? 'eligibility__rule' : 'eligibility__rule eligibility__rule--failed'
            }
          >
            <span className="eligibility__mark" aria-hidden="true">
              {rule.passed ? '✓' : '✗'}
            </span>
            <span>
              <strong>{RULE_LABELS[rule.code] ?? rule.code}</strong>
              <span className="visually-hidden">{rule.passed ? ': met. ' : ': not met. '}</span>
              <span className="eligibility__message"> {rule.message}</span>
            </span>
          </li>
        ))}
      </ul>
      {policyVersion !== undefined && (
        <p className="eligibility__policy">
          Checked against eligibility policy version {policyVersion}.
        </p>
      )}
    </div>
  );
}
