import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { UserRole } from '@stint/domain';
import { HistoryLink } from './HistoryLink';

function renderLink(role: UserRole) {
  return render(
    <MemoryRouter>
      <HistoryLink role={role} entityType="person" entityId="p-1" subject="Ann Example" />
    </MemoryRouter>,
  );
}

describe('HistoryLink', () => {
  it.each(['HR', 'ADMIN'] as const)('opens the record history for %s', (role) => {
    renderLink(role);
    const link = screen.getByRole('link', { name: 'History of Ann Example' });
    expect(link.textContent).toBe('History');
    expect(link.getAttribute('href')).toBe('/audit?entityType=person&entityId=p-1');
  });

  it.each(['PM', 'DIRECTOR'] as const)('is not shown to %s', (role) => {
    renderLink(role);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
