import { chartCardState } from './chartCardState';

describe('chartCardState', () => {
  it('shows the skeleton while the first rows load', () => {
    expect(chartCardState({ loading: true, rowCount: 0 })).toBe('loading');
  });

  it('shows the skeleton during a retry, not the old error', () => {
    expect(chartCardState({ loading: true, errorMessage: 'Down', rowCount: 0 })).toBe('loading');
  });

  it('shows an error once loading has stopped', () => {
    expect(chartCardState({ loading: false, errorMessage: 'Down', rowCount: 0 })).toBe('error');
  });

  it('prefers the error over stale rows', () => {
    expect(chartCardState({ loading: false, errorMessage: 'Down', rowCount: 4 })).toBe('error');
  });

  it('is empty when loading finished without rows', () => {
    expect(chartCardState({ loading: false, errorMessage: null, rowCount: 0 })).toBe('empty');
  });

  it('keeps rows on screen while they refresh', () => {
    expect(chartCardState({ loading: true, rowCount: 4 })).toBe('ready');
    expect(chartCardState({ loading: false, rowCount: 4 })).toBe('ready');
  });
});
