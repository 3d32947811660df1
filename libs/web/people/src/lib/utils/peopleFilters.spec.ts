import { readPeopleFilters, toPeopleFilter, writePeopleFilters } from './peopleFilters';

describe('people filters', () => {
  it('reads and writes the URL', () => {
    const params = new URLSearchParams('q=ann&department=d1&level=PROJECT_MANAGER&eligible=yes');
    const filters = readPeopleFilters(params);
    expect(filters).toEqual({
      search: 'ann',
      departmentId: 'd1',
      level: 'PROJECT_MANAGER',
      eligible: 'yes',
    });
    expect(writePeopleFilters(filters).toString()).toBe(params.toString());
  });

  it('drops values it does not know', () => {
    expect(readPeopleFilters(new URLSearchParams('level=CEO&eligible=maybe'))).toEqual({
      search: '',
      departmentId: null,
      level: null,
      eligible: null,
    });
  });

  it('sends only the filters that are set', () => {
    expect(
      toPeopleFilter({ search: '', departmentId: null, level: 'PROGRAM_MANAGER', eligible: 'yes' }),
    ).toEqual({
      careerLevels: ['PROGRAM_MANAGER'],
      eligible: true,
    });
  });
});
