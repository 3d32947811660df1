import { render, screen } from '@testing-library/react';
import { ComingSoonPage } from './ComingSoonPage';

describe('ComingSoonPage', () => {
  it('says clearly that the screen is not built yet and names the tab', () => {
    render(<ComingSoonPage title="Planning" description="Directors will plan seats here." />);
    expect(screen.getByRole('heading', { level: 1, name: 'Planning' })).toBeTruthy();
    expect(screen.getByText('Coming soon')).toBeTruthy();
    expect(screen.getByText(/Directors will plan seats here\./)).toBeTruthy();
    expect(document.title).toBe('Planning · Stint');
  });
});
