import { readInboxFilters, toRequestsFilter, writeInboxFilters } from './inboxFilters';

describe('inbox filters', () => {
  it('opens on submitted requests', () => {
    expect(readInboxFilters(new URLSearchParams())).toEqual({
      status: 'SUBMITTED',
      pmoId: null,
      departmentId: null,
    });
  });

  it('round-trips through the URL', () => {
    const filters = { status: null, pmoId: 'p1', departmentId: 'd1' };
    const params = writeInboxFilters(filters);
    expect(params.toString()).toBe('status=ALL&pmo=p1&department=d1');
    expect(readInboxFilters(params)).toEqual(filters);
  });

  it('ignores an unknown status', () => {
    expect(readInboxFilters(new URLSearchParams('status=LOST')).status).toBe('SUBMITTED');
  });

  it('builds the API filter from what is set', () => {
    expect(toRequestsFilter({ status: 'DECLINED', pmoId: null, departmentId: 'd1' })).toEqual({
      statuses: ['DECLINED'],
      departmentIds: ['d1'],
    });
    expect(toRequestsFilter({ status: null, pmoId: null, departmentId: null })).toEqual({});
  });
});
