import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Navigate, Route, Routes } from 'react-router';
import type { NavItem } from '../types';
import { AppLayout } from './AppLayout';

const items: NavItem[] = [
  { label: 'Coverage', path: '/coverage', comingSoon: true },
  { label: 'Staffing', path: '/staffing' },
];

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppLayout navItems={items}>
        <Routes>
          <Route path="/staffing" element={<h1>Staffing page</h1>} />
          <Route path="/coverage" element={<h1>Coverage page</h1>} />
        </Routes>
      </AppLayout>
    </MemoryRouter>,
  );
}

describe('AppLayout', () => {
  it('has a banner with the product name, a main navigation and a main landmark', () => {
    renderAt('/staffing');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Stint' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText('Staffing page')).toBeTruthy();
  });

  it('starts with a skip link to the main content', () => {
    renderAt('/staffing');
    const links = screen.getAllByRole('link');
    expect(links[0]?.textContent).toBe('Skip to content');
    expect(links[0]?.getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
  });

  it('marks the current screen and says which screens are coming soon', () => {
    renderAt('/staffing');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Staffing' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const coverage = within(nav).getByRole('link', { name: /Coverage/ });
    expect(coverage.textContent).toContain('(coming soon)');
    expect(coverage.getAttribute('aria-current')).toBeNull();
  });

  it('moves focus to the main content after navigating', () => {
    renderAt('/staffing');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(document.activeElement).not.toBe(screen.getByRole('main'));

    fireEvent.click(within(nav).getByRole('link', { name: /Coverage/ }));

    expect(screen.getByText('Coverage page')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('AppLayout on a redirect', () => {
  it('leaves focus alone when a route redirects on load', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <AppLayout navItems={items}>
          <Routes>
            <Route index element={<Navigate to="/staffing" replace />} />
            <Route path="/staffing" element={<h1>Staffing page</h1>} />
          </Routes>
        </AppLayout>
      </MemoryRouter>,
    );
    expect(screen.getByText('Staffing page')).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
  });
});
