// The heuristics behind the rules, case by case: true positives and the false positives they
// must not produce. (tests/check/fixtures.test.ts shows each rule firing on a whole deck.)

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { acronymExpanded } from '../../src/check/rules/acronym-expanded.ts';
import { caveatsRequired } from '../../src/check/rules/caveats-required.ts';
import { hypeWords } from '../../src/check/rules/hype-words.ts';
import { numbersCalculation } from '../../src/check/rules/numbers-calculation.ts';
import { sentenceLength } from '../../src/check/rules/sentence-length.ts';
import { slideDensity } from '../../src/check/rules/slide-density.ts';
import { termDefined } from '../../src/check/rules/term-defined.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { addSay, cleanDeck, editSlide, setBlock } from '../fixtures/check/clean-deck.ts';

/** `slide: message` of what one rule finds. */
const found = (rule: Rule, deck: AnyDeck) => rule.check(readEdition(deck)).map((f) => `${f.slide}: ${f.message}`);
/** What a rule finds after adding one sentence to a slide's notes. */
const withNote = (rule: Rule, slide: string, sentence: string) => found(rule, addSay(cleanDeck(), slide, sentence));

describe('hype-words', () => {
  it.each(['It proves chemo is risky.', 'This could lead to better care.', 'A real game-changer.', 'It was a breakthrough.'])('flags "%s"', (s) => {
    expect(withNote(hypeWords, 'the-headline', s)).toHaveLength(1);
  });

  it.each([
    'This has not been proven in people.',
    'There is no miracle drug.',
    'Your data is secure.',
    'The list was curated by nurses.',
    'The headline: “Chemotherapy Can Backfire by Making Cancer More Aggressive!”',
  ])('does not flag "%s"', (s) => {
    expect(withNote(hypeWords, 'the-headline', s)).toEqual([]);
  });

  it('a negation does not rescue a hedged prediction', () => {
    expect(withNote(hypeWords, 'the-headline', 'It is not clear, but it may lead to better care.')).toHaveLength(1);
  });
});

describe('numbers', () => {
  it('warns about decimals in body text but not in notes, and leaves "times" to claim-numbers', () => {
    const decimal = setBlock(cleanDeck(), 'the-headline', 1, { type: 'list', items: ['About 38.2 in 100 women had spread.'] });
    expect(found(numbersCalculation, decimal)).toHaveLength(1);
    expect(withNote(numbersCalculation, 'the-headline', 'About 38.2 in 100 women had spread.')).toEqual([]);
    // A relative number is an error of claim-numbers now (no fact has one), not this rule's warning.
    expect(withNote(numbersCalculation, 'the-headline', 'Chemo is given 4 times.')).toEqual([]);
  });
});

describe('sentence-length', () => {
  it('counts a list item without end punctuation as one sentence', () => {
    const item = 'Ask your care team what large trials in thousands of women found about chemo before or after surgery and what it means';
    expect(found(sentenceLength, setBlock(cleanDeck(), 'questions-to-ask', 0, { type: 'list', items: [item] }))).toHaveLength(1);
  });

  it('does not count slide titles or chart labels', () => {
    const longTitle = editSlide(cleanDeck(), 'the-headline', (s) => ({ ...s, title: 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone' }));
    expect(found(sentenceLength, longTitle)).toEqual([]);
  });
});

describe('slide-density', () => {
  it('exempts reference slides from the word limit, not from the bullet limit', () => {
    const words = 'We wrote this deck for you. '.repeat(10);
    const about = setBlock(cleanDeck(), 'about-this-deck', 0, { type: 'paragraph', text: words });
    expect(found(slideDensity, about)).toEqual([]);
    const bullets = setBlock(cleanDeck(), 'about-this-deck', 0, { type: 'list', items: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect(found(slideDensity, bullets)).toEqual(['about-this-deck: has 7 bullets (at most 6)']);
  });
});

describe('term-defined', () => {
  it('lets a slide title name a term that the same slide defines', () => {
    // The clean deck's title slide says "Chemo" in its title before the body defines it.
    expect(found(termDefined, cleanDeck())).toEqual([]);
  });

  it('does not let a title use a term defined on a later slide', () => {
    const deck = editSlide(cleanDeck(), 'title', (s) => ({ ...s, title: 'Chemo and the doorway study' }));
    expect(found(termDefined, deck)).toEqual(['title: "TMEM doorway" is used in title before it is defined (on what-is-a-doorway, body[0].text)']);
  });

  it('finds plain-text uses by the glossary forms, as whole words', () => {
    expect(withNote(termDefined, 'before-we-start', 'We will talk about doorways.')).toHaveLength(1);
    expect(withNote(termDefined, 'before-we-start', 'We will talk about doors.')).toEqual([]);
  });
});

describe('acronym-expanded', () => {
  it('lets a title use an acronym that the same slide spells out', () => {
    const deck = editSlide(cleanDeck(), 'what-is-a-doorway', (s) => ({ ...s, title: 'What is a TMEM doorway?' }));
    expect(found(acronymExpanded, deck)).toEqual([]);
  });

  it('flags a title acronym that is not spelled out on its slide or before', () => {
    const deck = editSlide(cleanDeck(), 'title', (s) => ({ ...s, title: 'Chemo and TMEM' }));
    expect(found(acronymExpanded, deck)).toEqual(['title: title uses "TMEM", which is not spelled out on this slide or before']);
  });

  it('lets later uses, notes included, reuse an expanded acronym', () => {
    expect(withNote(acronymExpanded, 'the-headline', 'It did not mention TMEM.')).toEqual([]);
  });

  it('accepts the expansion in the same sentence, and ignores roman numerals and well-known abbreviations', () => {
    expect(withNote(acronymExpanded, 'the-headline', 'The Food and Drug Administration (FDA) has not approved it.')).toEqual([]);
    expect(withNote(acronymExpanded, 'the-headline', 'It is in a phase II trial in the US.')).toEqual([]);
  });
});

describe('caveats-required', () => {
  it('accepts the real deck’s wording and a paraphrase', () => {
    expect(found(caveatsRequired, cleanDeck())).toEqual([]);
    const paraphrase = setBlock(cleanDeck(), 'before-we-start', 0, {
      type: 'list',
      items: ['Most of this research was done in mice.', 'The human part looked at small pieces of tumor from about 20 women.', 'It did not follow whether people lived longer.'],
    });
    const withOwnWords = setBlock(paraphrase, 'before-we-start', 1, { type: 'callout', tone: 'caveat', text: 'Please don’t change your treatment on your own. Ask your doctor.' });
    expect(found(caveatsRequired, withOwnWords)).toEqual([]);
  });

  it('reads the slide, not the notes', () => {
    const onlyInNotes = setBlock(cleanDeck(), 'before-we-start', 1, { type: 'callout', tone: 'key-point', text: 'Please ask questions.' });
    expect(found(caveatsRequired, addSay(onlyInNotes, 'before-we-start', 'Do not stop treatment. Talk to your care team.'))).toHaveLength(2);
  });
});
