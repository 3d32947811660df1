import { act, fireEvent, render, screen } from '@testing-library/react';
import { preloadable } from './preloadable';

const Page = () => <h1>The screen</h1>;

function deferred() {
  let resolve!: (value: typeof Page) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<typeof Page>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('preloadable', () => {
  it('renders a chunk that arrived before the first render at once, without a loading state', async () => {
    const load = jest.fn(() => Promise.resolve(Page));
    const { Screen, preload } = preloadable(load);
    await preload();

    render(<Screen loadingLabel="Loading the screen…" />);

    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('downloads once, shows a loading state meanwhile, then the screen', async () => {
    const chunk = deferred();
    const load = jest.fn(() => chunk.promise);
    const { Screen, preload } = preloadable(load);
    void preload();

    render(<Screen loadingLabel="Loading the screen…" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the screen…');
    await act(async () => chunk.resolve(Page));

    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when the chunk cannot be downloaded, and tries again on request', async () => {
    const first = deferred();
    const load = jest
      .fn<Promise<typeof Page>, []>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce(Page);
    const { Screen } = preloadable(load);

    render(<Screen loadingLabel="Loading the screen…" />);
    await act(async () => first.reject(new Error('offline')));
    expect(screen.getByRole('alert').textContent).toContain('could not be downloaded');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));

    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
