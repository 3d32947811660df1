import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { MainNav } from './MainNav';

describe('MainNav', () => {
  it('shows a count of waiting work on an item, named for screen readers', () => {
    render(
      <MemoryRouter>
        <MainNav
          items={[
            { label: 'Planning', path: '/planning', badge: { count: 3, label: 'outcomes due' } },
            { label: 'People', path: '/people', badge: { count: 0, label: 'outcomes due' } },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Planning (3 outcomes due)' })).toBeTruthy();
    // No badge at all for nothing waiting.
    expect(screen.getByRole('link', { name: 'People' })).toBeTruthy();
  });
});
