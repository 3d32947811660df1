import { act, fireEvent, render, screen } from '@testing-library/react';
import { SignInForm, type SignInFormProps } from './SignInForm';

function renderForm(props: Partial<SignInFormProps> = {}) {
  const onSubmit = jest.fn();
  const view = render(<SignInForm onSubmit={onSubmit} pending={false} {...props} />);
  return { onSubmit, ...view };
}

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

describe('SignInForm', () => {
  it('has labelled fields the browser can fill in and a "Sign in" button', () => {
    renderForm();
    const email = screen.getByLabelText('E-mail');
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('submits the trimmed e-mail and the password as typed', () => {
    const { onSubmit } = renderForm();
    fillIn('  hr@stint.example ', ' secret ');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'hr@stint.example', password: ' secret ' });
  });

  it('keeps the button disabled and ignores submits while pending', () => {
    const { onSubmit, container } = renderForm({ pending: true });
    const button = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.submit(container.querySelector('form')!);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Signing in…');
  });

  it('shows a failure in an alert and moves focus to it', () => {
    renderForm({ errorMessage: 'The e-mail or password is not right.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The e-mail or password is not right.');
    expect(document.activeElement).toBe(alert);
  });

  it('ties field messages to their fields and focuses the first one in error', async () => {
    renderForm({
      errorMessage: 'Check the fields marked below and try again.',
      fieldErrors: { password: 'Enter your password' },
    });
    await act(async () => undefined);
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'E-mail' }).getAttribute('aria-invalid')).toBeNull();
    const describedBy = password.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toBe('Error: Enter your password');
    expect(document.activeElement).toBe(password);
  });
});

describe('SignInForm after a failure', () => {
  it('leaves focus where the person is typing', () => {
    renderForm({ errorMessage: 'The e-mail or password is not right.' });
    const password = screen.getByLabelText('Password');
    password.focus();
    fireEvent.change(password, { target: { value: 'again' } });
    expect(document.activeElement).toBe(password);
  });
});
