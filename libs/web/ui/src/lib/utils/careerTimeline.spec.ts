import { careerTimelineLayout, describePeriod, type CareerStretch } from './careerTimeline';

const fin = { name: 'Finance', code: 'FIN' };
const legal = { name: 'Legal', code: 'LEGAL' };
const stretch = (
  validFrom: string,
  validTo: string | null,
  department = fin,
  careerLevel: CareerStretch['careerLevel'] = 'PROJECT_MANAGER',
  onLeave = false,
): CareerStretch => ({ validFrom, validTo, department, careerLevel, onLeave });

describe('careerTimelineLayout', () => {
  const base = {
    hiredOn: '2020-01-01',
    leftOn: null,
    today: '2023-12-31',
    rotations: [],
  };

  it('merges stretches per attribute, so a move does not split the level bar', () => {
    const layout = careerTimelineLayout({
      ...base,
      history: [
        stretch('2020-01-01', '2021-01-01'),
        stretch('2021-01-01', '2022-01-01', fin, 'SENIOR_PROJECT_MANAGER'),
        stretch('2022-01-01', null, legal, 'SENIOR_PROJECT_MANAGER'),
      ],
    });
    const lane = (key: string) => layout.lanes.find((l) => l.key === key)!.segments;
    expect(lane('level').map((s) => [s.label, s.from, s.to])).toEqual([
      ['Project Manager', '2020-01-01', '2020-12-31'],
      ['Senior Project Manager', '2021-01-01', null],
    ]);
    expect(lane('department').map((s) => [s.label, s.from, s.to, s.tone])).toEqual([
      ['Finance', '2020-01-01', '2021-12-31', 'department-0'],
      ['Legal', '2022-01-01', null, 'department-1'],
    ]);
    expect(lane('level')[1].description).toBe('Senior Project Manager since 1 January 2021');
    expect(lane('leave')).toEqual([]);
  });

  it('places bars in percent of the span from hire to today, with year marks and today', () => {
    // 2020-01-01 .. 2021-12-31: 731 days; the move on 2021-01-01 is day 366.
    const layout = careerTimelineLayout({
      ...base,
      today: '2021-12-31',
      history: [stretch('2020-01-01', '2021-01-01'), stretch('2021-01-01', null, legal)],
    });
    const [finance, legalBar] = layout.lanes[1].segments;
    expect(finance.left).toBe(0);
    expect(finance.width).toBeCloseTo((366 / 731) * 100, 6);
    expect(legalBar.left).toBeCloseTo((366 / 731) * 100, 6);
    expect(finance.width + legalBar.width).toBeCloseTo(100, 6);
    expect(layout.years).toEqual([{ year: '2021', left: (366 / 731) * 100 }]);
    expect(layout.todayAt).toBeCloseTo((730 / 731) * 100, 6);
  });

  it('ends open stretches on the last day worked for a leaver, and runs on to a later rotation end', () => {
    const leaver = careerTimelineLayout({
      ...base,
      leftOn: '2022-07-01',
      history: [stretch('2020-01-01', null)],
    });
    expect(leaver.to).toBe('2022-06-30');
    expect(leaver.lanes[0].segments[0]).toMatchObject({ to: '2022-06-30', width: 100 });
    expect(leaver.todayAt).toBeNull();
    expect(leaver.table).toEqual([
      {
        from: '2020-01-01',
        to: '2022-06-30',
        level: 'Project Manager',
        department: 'Finance',
        leave: '—',
      },
    ]);

    const planned = careerTimelineLayout({
      ...base,
      history: [stretch('2020-01-01', null)],
      rotations: [
        {
          id: 'r1',
          startsOn: '2023-07-01',
          endsOn: '2024-06-30',
          status: 'ACTIVE',
          label: 'PMO analyst, Finance PMO',
        },
        { id: 'r0', startsOn: '2021-01-01', endsOn: '2021-12-31', status: 'CANCELLED', label: 'x' },
      ],
    });
    expect(planned.to).toBe('2024-06-30');
    const rotations = planned.lanes.find((l) => l.key === 'rotation')!.segments;
    expect(rotations.map((r) => r.description)).toEqual([
      'PMO rotation: PMO analyst, Finance PMO, from 1 July 2023 to 30 June 2024 (active)',
    ]);
    expect(rotations[0].left + rotations[0].width).toBeCloseTo(100, 6);
  });

  it('shows leave as its own lane', () => {
    const layout = careerTimelineLayout({
      ...base,
      history: [
        stretch('2020-01-01', '2021-03-01'),
        stretch('2021-03-01', '2021-09-01', fin, 'PROJECT_MANAGER', true),
        stretch('2021-09-01', null),
      ],
    });
    expect(layout.lanes[2].segments.map((s) => s.description)).toEqual([
      'On leave from 1 March 2021 to 31 August 2021',
    ]);
    expect(layout.lanes[0].segments).toHaveLength(1);
  });

  it('words periods for one day, a range and an open end', () => {
    expect(describePeriod('2024-01-01', '2024-01-01')).toBe('on 1 January 2024');
    expect(describePeriod('2024-01-01', null)).toBe('since 1 January 2024');
  });
});
