import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { usePersonNames, type AuditFilterOptionsQuery } from '@stint/web-data-access';
import { AUDIT_REFERENCES_QUERY } from '../graphql/audit.query';
import { personIdsIn, type NameBook } from '../utils/referenceNames';

type Actor = AuditFilterOptionsQuery['auditFilterOptions']['actors'][number];

/**
 * The names of what the shown events refer to: departments, PMOs and seats (one query), the
 * people they mention (in chunks, from the cache where it has them) and the users who acted.
 * Whatever is not (yet) known is shown as its id.
 */
export function useAuditNameBook(
  events: ReadonlyArray<{ entityType: string; entityId: string; before: unknown; after: unknown }>,
  actors: readonly Actor[] | undefined,
): NameBook {
  const references = useQuery(AUDIT_REFERENCES_QUERY);
  const personIds = useMemo(() => personIdsIn(events), [events]);
  const { names } = usePersonNames(personIds);
  return useMemo(() => {
    const pmos = references.data?.pmos ?? [];
    return {
      department: new Map(references.data?.departments.map((d) => [d.id, d.name]) ?? []),
      pmo: new Map(pmos.map((p) => [p.id, p.name])),
      seat: new Map(
        pmos.flatMap((p) => p.seats.map((s) => [s.id, `${s.title}, ${p.name}`] as const)),
      ),
      person: new Map([...names].map(([id, person]) => [id, person.fullName])),
      user: new Map((actors ?? []).map((a) => [a.id, `${a.displayName} (${a.email})`])),
    };
  }, [references.data, names, actors]);
}
