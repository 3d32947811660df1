import { historyPath } from './historyLink';

describe('historyPath', () => {
  it('opens the audit trail filtered to one record, with the type the API writes', () => {
    expect(historyPath('seat', 'a1b2')).toBe('/audit?entityType=seat&entityId=a1b2');
    expect(historyPath('rotation_request', 'x y')).toBe(
      '/audit?entityType=rotation_request&entityId=x+y',
    );
  });
});
