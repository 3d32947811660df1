import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { LoadingState } from './LoadingState';
import { NoAccessPage } from './NoAccessPage';

describe('NoAccessPage', () => {
  it('says clearly that the role has no access and links home', () => {
    render(
      <MemoryRouter>
        <NoAccessPage
          screenLabel="Staffing"
          roleLabel="Project manager"
          home={{ path: '/my-rotation', label: 'My rotation' }}
        />
      </MemoryRouter>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeTruthy();
    expect(
      screen.getByText(/Your role \(Project manager\) does not include the Staffing screen/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to My rotation' }).getAttribute('href')).toBe(
      '/my-rotation',
    );
    expect(document.title).toBe("You don't have access to this page · Stint");
  });
});

describe('LoadingState', () => {
  it('is a polite status with a readable label', () => {
    render(<LoadingState label="Checking your session…" />);
    expect(screen.getByRole('status').textContent).toBe('Checking your session…');
  });
});
