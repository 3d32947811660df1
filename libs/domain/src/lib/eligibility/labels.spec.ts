import { CAREER_LEVELS, DEVELOPMENT_GOALS } from '../enums';
import {
  CAREER_LEVEL_LABELS,
  DEVELOPMENT_GOAL_DESCRIPTIONS,
  DEVELOPMENT_GOAL_LABELS,
  formatDay,
  formatMonth,
} from './labels';

describe('labels', () => {
  it('names career levels as people say them', () => {
    expect(CAREER_LEVELS.map((level) => CAREER_LEVEL_LABELS[level])).toEqual([
      'Project Coordinator',
      'Project Manager',
      'Senior Project Manager',
      'Program Manager',
      'Portfolio Manager',
    ]);
  });

  it('labels and describes every development goal in one sentence', () => {
    for (const goal of DEVELOPMENT_GOALS) {
      expect(DEVELOPMENT_GOAL_LABELS[goal]).toMatch(/^[A-Z][a-z ]+$/);
      expect(DEVELOPMENT_GOAL_DESCRIPTIONS[goal]).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it.each`
    day             | text
    ${'2027-03-01'} | ${'1 March 2027'}
    ${'2028-02-29'} | ${'29 February 2028'}
    ${'2026-12-31'} | ${'31 December 2026'}
  `('formats $day as $text', ({ day, text }) => {
    expect(formatDay(day)).toBe(text);
  });

  it('formats a month', () => {
    expect(formatMonth('2027-01')).toBe('January 2027');
    expect(formatMonth('2026-11')).toBe('November 2026');
  });
});
