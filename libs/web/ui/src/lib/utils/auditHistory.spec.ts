import { auditHistoryPath, canReadAuditTrail } from './auditHistory';

describe('audit history links', () => {
  it('link to the trail filtered to one record', () => {
    expect(auditHistoryPath('person', 'a b')).toBe('/audit?entityType=person&entityId=a+b');
  });

  it('are for HR and admins only', () => {
    expect(canReadAuditTrail('HR')).toBe(true);
    expect(canReadAuditTrail('ADMIN')).toBe(true);
    expect(canReadAuditTrail('DIRECTOR')).toBe(false);
    expect(canReadAuditTrail('PM')).toBe(false);
    expect(canReadAuditTrail(null)).toBe(false);
  });
});
