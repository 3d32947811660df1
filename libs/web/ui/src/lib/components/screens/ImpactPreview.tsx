import { type ChecklistRule, RULE_LABELS } from './EligibilityChecklist';

export interface ImpactNumbers {
  departmentName: string;
  awayCap: number;
  coverageTarget: number;
  worstAwayShareBefore: number;
  worstAwayShareAfter: number;
  experienceShareBefore: number;
  experienceShareAfter: number;
  seatFillBefore: number;
  seatFillAfter: number;
  eligible: boolean;
  failingRules: readonly ChecklistRule[];
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Before/after numbers of a rotation and every rule that fails (SPEC §4 rotation impact). */
export function ImpactPreview({
  impact,
  title = 'Impact of this rotation',
}: {
  impact: ImpactNumbers;
  title?: string;
}) {
  const rows = [
    {
      label: `${impact.departmentName}: worst-month share away`,
      before: impact.worstAwayShareBefore,
      after: impact.worstAwayShareAfter,
      against: `cap ${pct(impact.awayCap)}`,
      bad: impact.worstAwayShareAfter > impact.awayCap,
    },
    {
      label: `${impact.departmentName}: share with PMO experience at the end`,
      before: impact.experienceShareBefore,
      after: impact.experienceShareAfter,
      against: `target ${pct(impact.coverageTarget)}`,
      bad: false,
    },
    {
      label: 'PMO seat fill over the window',
      before: impact.seatFillBefore,
      after: impact.seatFillAfter,
      against: '',
      bad: false,
    },
  ];
  return (
    <section className="impact" aria-label={title}>
      <h3 className="impact__title">{title}</h3>
      <table className="impact__table">
        <caption className="visually-hidden">{title}: before and after</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="numeric">
              Before
            </th>
            <th scope="col" className="numeric">
              After
            </th>
            <th scope="col">Against</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.bad ? 'impact__row--bad' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{pct(row.before)}</td>
              <td className="numeric">
                {pct(row.after)}
                {row.bad && <span className="impact__flag"> (over the cap)</span>}
              </td>
              <td>{row.against}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {impact.failingRules.length === 0 ? (
        <p className="impact__ok">Every eligibility rule passes.</p>
      ) : (
        <div className="impact__failing">
          <p>
            <strong>
              {impact.failingRules.length === 1
                ? 'One rule fails:'
                : `${impact.failingRules.length} rules fail:`}
            </strong>
          </p>
          <ul>
            {impact.failingRules.map((rule) => (
              <li key={rule.code}>
                <strong>{RULE_LABELS[rule.code] ?? rule.code}:</strong> {rule.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
