import { fireEvent, render, screen } from '@testing-library/react';
import { FormAlert } from './FormAlert';

describe('FormAlert', () => {
  it('renders nothing without a message', () => {
    const { container } = render(<FormAlert message={undefined} />);
    expect(container.textContent).toBe('');
  });

  it('takes focus, and offers a reload for a stale edit', () => {
    const onReload = jest.fn();
    render(<FormAlert message="Someone else changed this." onReload={onReload} />);
    const alert = screen.getByRole('alert');
    expect(document.activeElement).toBe(alert);
    fireEvent.click(screen.getByRole('button', { name: 'Reload the latest version' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
