import { describe, expect, it } from 'vitest';
import { containsAny, hasNegation, isQuestion, lastWords, maskQuotations } from '../../src/check/phrases.ts';

describe('phrase matching', () => {
  it('matches whole words only, in any case', () => {
    expect(containsAny('There is no cure yet.', ['cure'])).toBe(true);
    expect(containsAny('Your data is secure.', ['cure'])).toBe(false);
    expect(containsAny('The list was curated.', ['cure'])).toBe(false);
    expect(containsAny('A CURE?', ['cure'])).toBe(true);
  });

  it('matches multi-word phrases across any spacing and either apostrophe', () => {
    expect(containsAny('Talk to your care\u00a0team.', ['care team'])).toBe(true);
    expect(containsAny('Don’t stop treatment.', ["don't"])).toBe(true);
  });
});

describe('quotations', () => {
  it('blanks out straight and curly quotations, keeping the length', () => {
    const text = 'The headline said "Chemo causes spread" and “Miracle cure” today.';
    const masked = maskQuotations(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/causes|Miracle/);
    expect(masked).toMatch(/^The headline said\s+and\s+today\.$/);
  });

  it('masks nothing for an unpaired quotation mark', () => {
    expect(maskQuotations('He said "chemo causes spread.')).toBe('He said "chemo causes spread.');
  });
});

describe('negation and questions', () => {
  it('sees negation words and n’t', () => {
    expect(hasNegation('It did not')).toBe(true);
    expect(hasNegation('It didn’t')).toBe(true);
    expect(hasNegation('There is no')).toBe(true);
    expect(hasNegation('Nothing notable here')).toBe(false);
  });

  it('takes the last words before a match', () => {
    expect(lastWords('This has not been ', 3)).toBe('has not been');
  });

  it('knows a question', () => {
    expect(isQuestion('Does chemo cause spread?')).toBe(true);
    expect(isQuestion('It asked "why?" and moved on.')).toBe(false);
  });
});
