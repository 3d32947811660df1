import { print } from 'graphql';
import { buildEligibilityBatchQuery, readEligibilityBatch } from './eligibilityBatch';

describe('eligibility batch', () => {
  it('asks for every person in one query', () => {
    const text = print(buildEligibilityBatchQuery(2));
    expect(text).toContain('e0: eligibility(personId: $id0, startsOn: $startsOn, months: $months)');
    expect(text).toContain('e1: eligibility(personId: $id1');
  });

  it('maps the answers back to people, skipping ones that failed', () => {
    const map = readEligibilityBatch(['a', 'b'], {
      e0: {
        eligible: false,
        eligibleFrom: '2027-01-01',
        rules: [
          { code: 'EXPERIENCE', passed: false },
          { code: 'LEVEL', passed: true },
        ],
      },
      e1: null,
    });
    expect(map.get('a')).toEqual({
      eligible: false,
      eligibleFrom: '2027-01-01',
      failed: ['EXPERIENCE'],
    });
    expect(map.has('b')).toBe(false);
  });
});
