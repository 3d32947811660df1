import type { FieldChange } from '../utils/auditDiff';

const KIND_WORDS: Readonly<Record<FieldChange['kind'], string | null>> = {
  added: 'added',
  removed: 'removed',
  changed: null,
};

export interface AuditChangesTableProps {
  changes: readonly FieldChange[];
  /** What changed, for screen readers ("Changes to Person …"). */
  caption: string;
}

/** An event's field-by-field difference: field, before, after; added and removed said in words. */
export function AuditChangesTable({ changes, caption }: AuditChangesTableProps) {
  return (
    <table className="data-table audit-changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          const kind = KIND_WORDS[change.kind];
          return (
            <tr key={change.key} className={`audit-change audit-change--${change.kind}`}>
              <th scope="row">
                {change.label}
                {kind && (
                  <>
                    {' '}
                    <span className="audit-change__kind">{kind}</span>
                  </>
                )}
              </th>
              <td className="pre-wrap">
                {change.before ?? <span className="muted">not set</span>}
              </td>
              <td className="pre-wrap">{change.after ?? <span className="muted">not set</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
