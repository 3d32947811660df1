// Snapshots keep references as ids (departmentId, personId, directorIds, …). The screen shows the
// name of what an id points to where it knows it, and the id where it does not.

export type ReferenceKind = 'department' | 'person' | 'pmo' | 'seat' | 'user';

/** Fields whose values are ids of another record, and what kind of record. */
export const REFERENCE_FIELDS: Readonly<Record<string, ReferenceKind>> = {
  departmentId: 'department',
  parentId: 'department',
  personId: 'person',
  pmoId: 'pmo',
  preferredPmoId: 'pmo',
  seatId: 'seat',
  directorIds: 'user',
  decidedBy: 'user',
  createdBy: 'user',
};

/** The record type (table name) an event's own record has, where it is one of the kinds. */
const ENTITY_KINDS: Readonly<Record<string, ReferenceKind>> = {
  department: 'department',
  person: 'person',
  pmo: 'pmo',
  seat: 'seat',
  user_account: 'user',
};

/** The name of a referenced record for a snapshot field, if known. */
export type NameResolver = (field: string, id: string) => string | undefined;

export type NameBook = Readonly<Record<ReferenceKind, ReadonlyMap<string, string>>>;

export function emptyNameBook(): NameBook {
  return {
    department: new Map(),
    person: new Map(),
    pmo: new Map(),
    seat: new Map(),
    user: new Map(),
  };
}

/** Looks snapshot fields up in the name book. */
export function resolverFor(book: NameBook): NameResolver {
  return (field, id) => {
    const kind = REFERENCE_FIELDS[field];
    return kind ? book[kind].get(id) : undefined;
  };
}

/** The name of an event's own record (a person's name, a PMO's name, …), if known. */
export function recordName(book: NameBook, entityType: string, entityId: string) {
  const kind = ENTITY_KINDS[entityType];
  return kind ? book[kind].get(entityId) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every person id the events mention: their own records and person fields in the snapshots. */
export function personIdsIn(
  events: ReadonlyArray<{ entityType: string; entityId: string; before: unknown; after: unknown }>,
): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.entityType === 'person') ids.add(event.entityId);
    for (const snapshot of [event.before, event.after]) {
      if (!isRecord(snapshot)) continue;
      for (const [field, value] of Object.entries(snapshot))
        if (REFERENCE_FIELDS[field] === 'person' && typeof value === 'string') ids.add(value);
    }
  }
  return [...ids];
}
