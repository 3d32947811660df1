import { act, renderHook } from '@testing-library/react';
import { useSubmitOnce } from './useSubmitOnce';

describe('useSubmitOnce', () => {
  it('ignores a second submit while the first is pending', async () => {
    const { result } = renderHook(() => useSubmitOnce());
    let resolve: () => void = () => undefined;
    const submit = jest.fn(() => new Promise<void>((r) => (resolve = r)));
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run(submit);
      void result.current.run(submit);
    });
    expect(submit).toHaveBeenCalledTimes(1);
    expect(result.current.pending).toBe(true);
    await act(async () => {
      resolve();
      await first;
    });
    expect(result.current.pending).toBe(false);
  });
});
