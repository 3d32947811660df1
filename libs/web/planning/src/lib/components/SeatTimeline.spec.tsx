import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SeatTimeline, type TimelineSeat } from './SeatTimeline';

const seat: TimelineSeat = {
  id: 's1',
  title: 'PMO Analyst, Reporting',
  role: 'PMO_ANALYST',
  opensOn: '2020-01-01',
  closesOn: null,
  pmo: { id: 'pmo-1', name: 'Atlas Program Office' },
};

describe('SeatTimeline', () => {
  it('draws rotations as named bars linking to their page, and open stretches as buttons', () => {
    const onSelectGap = jest.fn();
    render(
      <MemoryRouter>
        <SeatTimeline
          seats={[seat]}
          rotations={[
            {
              id: 'r1',
              personId: 'p1',
              seatId: 's1',
              startsOn: '2026-01-01',
              endsOn: '2026-12-31',
              status: 'ACTIVE',
            },
          ]}
          names={
            new Map([
              [
                'p1',
                { id: 'p1', fullName: 'Ann Example', department: { id: 'd1', name: 'Finance' } },
              ],
            ])
          }
          range={{ from: '2025-12-01', to: '2028-06-30' }}
          today="2026-06-15"
          selected={null}
          onSelectGap={onSelectGap}
        />
      </MemoryRouter>,
    );
    const row = screen.getByRole('group', { name: 'PMO Analyst, Reporting, Atlas Program Office' });
    const bar = within(row).getByRole('link', {
      name: 'Ann Example, 1 January 2026 to 31 December 2026 (active). Open the rotation',
    });
    expect(bar.getAttribute('href')).toBe('/rotations/r1');
    const gap = within(row).getByRole('button', {
      name: /^Open: PMO Analyst, Reporting from 1 January 2027 to 30 June 2028/,
    });
    fireEvent.click(gap);
    expect(onSelectGap).toHaveBeenCalledWith({
      seat,
      gap: { from: '2027-01-01', to: '2028-06-30' },
    });
  });

  it('reports the seats it draws: all of a short list, only the rows in view of a long one', () => {
    const seats = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...seat, id: `s${i}`, title: `Seat ${i}` }));
    const drawn = (count: number) => {
      const onDrawnSeatsChange = jest.fn();
      render(
        <MemoryRouter>
          <SeatTimeline
            seats={seats(count)}
            rotations={[]}
            names={new Map()}
            range={{ from: '2025-12-01', to: '2028-06-30' }}
            today="2026-06-15"
            selected={null}
            onSelectGap={jest.fn()}
            onDrawnSeatsChange={onDrawnSeatsChange}
          />
        </MemoryRouter>,
      );
      return onDrawnSeatsChange.mock.lastCall?.[0] as string[];
    };

    expect(drawn(3)).toEqual(['s0', 's1', 's2']);
    // jsdom lays nothing out: give the scroller room for ten rows of 52 px.
    const height = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(520);
    try {
      const ofLong = drawn(200);
      const rows = [...document.querySelectorAll('.timeline__scroller .timeline__row')];
      expect(ofLong).toEqual(rows.map((row) => `s${row.textContent?.match(/Seat (\d+)/)?.[1]}`));
      expect(ofLong.length).toBeGreaterThan(0);
      expect(ofLong.length).toBeLessThan(30); // ten in view plus the overscan, of 200
    } finally {
      height.mockRestore();
    }
  });
});
