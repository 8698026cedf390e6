// How numbers read in each language: one explicit thousands style (research spanish-edition.md §3.4).
import { describe, expect, it } from 'vitest';
import { groupDigits, showNumber } from '../../src/model/numbers.ts';

describe('groupDigits', () => {
  it('groups thousands with a comma in English', () => {
    expect(groupDigits(4756, 'en')).toBe('4,756');
    expect(groupDigits(24843, 'en')).toBe('24,843');
  });
  it('groups thousands with a no-break space in Spanish, four digits too ("4 756", never "4756" or "4,756")', () => {
    expect(groupDigits(4756, 'es')).toBe('4\u00a0756');
    expect(groupDigits(24843, 'es')).toBe('24\u00a0843');
    expect(groupDigits(612, 'es')).toBe('612');
  });
  it('never groups a year', () => {
    expect(showNumber({ value: 2017, unit: 'year' }, 'es')).toBe('2017');
    expect(showNumber({ value: 4756, unit: 'count' }, 'es')).toBe('4\u00a0756');
  });
});
