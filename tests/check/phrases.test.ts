import { describe, expect, it } from 'vitest';
import { attributedToPress, clauses, containsAny, hasNegation, isQuestion, lastWords, maskQuotations } from '../../src/check/phrases.ts';

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
    expect(hasNegation('Nothing shows that')).toBe(true);
    expect(hasNegation('Notable and nonetheless known')).toBe(false);
  });

  it('does not take affirming phrases for a negation', () => {
    expect(hasNegation('No doubt chemo')).toBe(false);
    expect(hasNegation('Not only in mice, but')).toBe(false);
    expect(hasNegation('Without a doubt,')).toBe(false);
    expect(hasNegation('Not only that, it did not')).toBe(true);
  });

  it('takes the last words before a match', () => {
    expect(lastWords('This has not been ', 3)).toBe('has not been');
  });

  it('knows a question', () => {
    expect(isQuestion('Does chemo cause spread?')).toBe(true);
    expect(isQuestion('It asked "why?" and moved on.')).toBe(false);
  });
});

describe('clauses', () => {
  it('splits at ; : dashes, "but", "while", "whereas" and ", and/so/yet"', () => {
    expect(clauses('In mice, chemo led to more spread; in women, only tissue was measured.')).toEqual(['In mice, chemo led to more spread', 'in women, only tissue was measured.']);
    expect(clauses('Finding 2, in mice: more cells got into the blood')).toEqual(['Finding 2, in mice', 'more cells got into the blood']);
    expect(clauses('It did not show more spread, but chemo causes it.')).toEqual(['It did not show more spread', 'but chemo causes it.']);
    expect(clauses('They are not in the blood, and they are not counted.')).toEqual(['They are not in the blood', 'and they are not counted.']);
    expect(clauses('Paclitaxel slowed growth — and made more doorways.')).toEqual(['Paclitaxel slowed growth', 'and made more doorways.']);
  });

  it('keeps a sentence without those marks whole', () => {
    expect(clauses('The extra spread was seen in mice, not in people.')).toEqual(['The extra spread was seen in mice, not in people.']);
    expect(clauses('In mice and in women, cells got into the blood.')).toEqual(['In mice and in women, cells got into the blood.']);
  });
});

describe('press attribution', () => {
  it('sees words reported from the press, but not an endorsement', () => {
    expect(attributedToPress('In 2025, a news site said ')).toBe(true);
    expect(attributedToPress('The headline claimed that ')).toBe(true);
    expect(attributedToPress('As the news said, ')).toBe(false);
    expect(attributedToPress('The researchers said ')).toBe(false);
  });
});
