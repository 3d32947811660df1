import { onlyAwayCapFails } from './onlyAwayCapFails';

describe('onlyAwayCapFails', () => {
  it('is true only for AWAY_CAP alone', () => {
    expect(onlyAwayCapFails([{ code: 'AWAY_CAP', passed: false }])).toBe(true);
    expect(onlyAwayCapFails([{ code: 'AWAY_CAP' }, { code: 'COOLDOWN' }])).toBe(false);
    expect(onlyAwayCapFails([])).toBe(false);
  });
});
