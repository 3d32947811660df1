import { auditHistoryPath } from '@stint/web-ui';
import {
  dateRangeProblem,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
  readAuditFilters,
  toAuditEventsFilter,
  writeAuditFilters,
} from './auditFilters';

const ACTOR = '0b6f2a3e-6d0c-4c7e-9c59-1f5bfe0c1a2b';

describe('audit filters', () => {
  it('opens with no filter', () => {
    expect(readAuditFilters(new URLSearchParams())).toEqual(NO_AUDIT_FILTERS);
    expect(hasAuditFilters(NO_AUDIT_FILTERS)).toBe(false);
  });

  it('round-trips through the URL with the parameter names record pages link with', () => {
    const filters = {
      entityType: 'person',
      entityId: 'p-1',
      actorUserId: ACTOR,
      action: 'PERSON_UPDATED',
      from: '2026-11-01',
      to: '2026-11-30',
    };
    const params = writeAuditFilters(filters);
    expect(params.toString()).toBe(
      `entityType=person&entityId=p-1&actorUserId=${ACTOR}&action=PERSON_UPDATED&from=2026-11-01&to=2026-11-30`,
    );
    expect(readAuditFilters(params)).toEqual(filters);
    expect(toAuditEventsFilter(filters)).toEqual(filters);
  });

  it('ignores values the API would refuse', () => {
    const read = readAuditFilters(
      new URLSearchParams(
        `actorUserId=42&from=yesterday&to=2026-02-30&entityId=${'x'.repeat(101)}&action=%20`,
      ),
    );
    expect(read).toEqual(NO_AUDIT_FILTERS);
  });

  it('reads the address a record page links to', () => {
    const [path, query] = auditHistoryPath('rotation_request', 'r-1').split('?');
    expect(path).toBe('/audit');
    expect(readAuditFilters(new URLSearchParams(query))).toEqual({
      ...NO_AUDIT_FILTERS,
      entityType: 'rotation_request',
      entityId: 'r-1',
    });
  });

  it('sends only what is set and names a backwards range', () => {
    const filters = {
      ...NO_AUDIT_FILTERS,
      action: 'SIGNED_IN',
      from: '2026-12-01',
      to: '2026-11-01',
    };
    expect(toAuditEventsFilter(filters)).toEqual({
      action: 'SIGNED_IN',
      from: '2026-12-01',
      to: '2026-11-01',
    });
    expect(dateRangeProblem(filters)).toMatch(/before/);
    expect(dateRangeProblem({ ...filters, to: '2026-12-01' })).toBeNull();
  });
});
