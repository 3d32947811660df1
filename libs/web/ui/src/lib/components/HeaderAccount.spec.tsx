import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppLayout } from './AppLayout';
import { HeaderAccount } from './HeaderAccount';

describe('HeaderAccount', () => {
  it('says who is signed in, in which role, and signs out on request', () => {
    const onSignOut = jest.fn();
    render(
      <MemoryRouter>
        <AppLayout
          navItems={[]}
          account={
            <HeaderAccount displayName="Hana Hr" roleLabel="HR partner" onSignOut={onSignOut} />
          }
        >
          <p>content</p>
        </AppLayout>
      </MemoryRouter>,
    );
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Hana Hr')).toBeTruthy();
    expect(within(banner).getByText('HR partner')).toBeTruthy();
    expect(banner.textContent).toContain('Signed in as Hana Hr, HR partner');

    fireEvent.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('disables the button while signing out and explains a failure', () => {
    render(
      <HeaderAccount
        displayName="Hana Hr"
        roleLabel="HR partner"
        onSignOut={jest.fn()}
        signingOut
        errorMessage="Could not reach the Stint server."
      />,
    );
    expect((screen.getByRole('button', { name: 'Sign out' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not sign you out. Could not reach the Stint server.',
    );
  });
});
