// The heuristics behind the rules, case by case: true positives and the false positives they
// must not produce. (tests/check/fixtures.test.ts shows each rule firing on a whole deck.)

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { acronymExpanded } from '../../src/check/rules/acronym-expanded.ts';
import { caveatsRequired } from '../../src/check/rules/caveats-required.ts';
import { causalClaim, causalPeople } from '../../src/check/rules/causal-people.ts';
import { hypeWords } from '../../src/check/rules/hype-words.ts';
import { mouseResults, reportsResult } from '../../src/check/rules/mouse-results.ts';
import { numbersCalculation } from '../../src/check/rules/numbers-calculation.ts';
import { COUNT_WITH_DENOMINATOR, hasRelativeNumber, numbersDenominator } from '../../src/check/rules/numbers-denominator.ts';
import { sentenceLength } from '../../src/check/rules/sentence-length.ts';
import { slideDensity } from '../../src/check/rules/slide-density.ts';
import { termDefined } from '../../src/check/rules/term-defined.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { addSay, cleanDeck, editSlide, setBlock } from '../fixtures/check/clean-deck.ts';

/** `slide: message` of what one rule finds. */
const found = (rule: Rule, deck: AnyDeck) => rule.check(readEdition(deck)).map((f) => `${f.slide}: ${f.message}`);
/** What a rule finds after adding one sentence to a slide's notes. */
const withNote = (rule: Rule, slide: string, sentence: string) => found(rule, addSay(cleanDeck(), slide, sentence));

describe('causal-people', () => {
  it.each([
    ['In women, chemo causes more spread.', 'cause'],
    ['Chemo makes cancer worse for patients.', 'make … worse/more'],
    ['For patients, chemo may lead to spread.', 'lead to'],
    ['Chemo triggers doorways in people.', 'trigger'],
    ['It induced doorways in women.', 'induce'],
    ['Chemo spreads cancer in women.', 'spread (chemo as subject)'],
  ])('flags "%s" (%s)', (sentence, name) => {
    expect(causalClaim(sentence)).toBe(name);
    expect(withNote(causalPeople, 'the-headline', sentence)).toHaveLength(1);
  });

  it.each([
    'It did not show more spread in women.',
    'This does not mean that chemo causes spread in women.',
    'No one has shown that chemo causes spread in people.',
    'In these trials, the order made no difference to women.',
    'Make sure you ask your care team.',
    'In women, cancer can spread to the lungs.',
  ])('does not flag "%s"', (sentence) => {
    expect(withNote(causalPeople, 'the-headline', sentence)).toEqual([]);
  });

  it('does not flag questions, quotations, or sentences that do not name people', () => {
    expect(withNote(causalPeople, 'the-headline', 'Does chemo cause spread in women?')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'For women, the headline said "chemo makes cancer more aggressive".')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'For women, the headline said “chemo causes spread”.')).toEqual([]);
    expect(withNote(causalPeople, 'what-is-a-doorway', 'In mice, chemo caused more doorways.')).toEqual([]);
  });

  it('allows causal words on slides that cite a randomized trial or meta-analysis', () => {
    expect(withNote(causalPeople, 'trial-results', 'In women, the order caused no change in survival.')).toEqual([]);
  });
});

describe('mouse-results', () => {
  it('sees result cues, past tense only', () => {
    expect(reportsResult('Chemo made more doorways.')).toBe(true);
    expect(reportsResult('The tumors grew more slowly than before.')).toBe(true);
    expect(reportsResult('Cancer cells spread to the lungs.')).toBe(true);
    expect(reportsResult('It shows signs in tissue, called markers.')).toBe(false);
    expect(reportsResult('A doorway is a tiny spot in a tumor.')).toBe(false);
  });

  it('flags a result without "mice", and not one with it', () => {
    expect(withNote(mouseResults, 'what-is-a-doorway', 'Chemo blocked the growth.')).toHaveLength(1);
    expect(withNote(mouseResults, 'what-is-a-doorway', 'In mice, chemo blocked the growth.')).toEqual([]);
    expect(withNote(mouseResults, 'what-is-a-doorway', 'The animals had more doorways.')).toEqual([]);
  });

  it('leaves sentences about people, questions, and slides without mouse evidence to other rules', () => {
    expect(withNote(mouseResults, 'what-is-a-doorway', 'It did not show that these women had more spread.')).toEqual([]);
    expect(withNote(mouseResults, 'what-is-a-doorway', 'Did chemo make more doorways?')).toEqual([]);
    expect(withNote(mouseResults, 'the-headline', 'Chemo made more doorways.')).toEqual([]);
  });
});

describe('hype-words', () => {
  it.each(['This is a new study.', 'It proves chemo is risky.', 'This could lead to better care.', 'A real game-changer.', 'It was a breakthrough.'])('flags "%s"', (s) => {
    expect(withNote(hypeWords, 'the-headline', s)).toHaveLength(1);
  });

  it.each([
    'It is not a new study.',
    'This has not been proven in people.',
    'There is no miracle drug.',
    'Your data is secure.',
    'The list was curated by nurses.',
    'The story said "a new study" but it was old.',
    'The headline: “Chemotherapy Can Backfire by Making Cancer More Aggressive!”',
  ])('does not flag "%s"', (s) => {
    expect(withNote(hypeWords, 'the-headline', s)).toEqual([]);
  });

  it('a negation does not rescue a hedged prediction', () => {
    expect(withNote(hypeWords, 'the-headline', 'It is not clear, but it may lead to better care.')).toHaveLength(1);
  });
});

describe('numbers', () => {
  it('knows relative numbers and counts with denominators', () => {
    expect(hasRelativeNumber('Spread went up by 50%.')).toBe(true);
    expect(hasRelativeNumber('There were 3 times more cells.')).toBe(true);
    expect(hasRelativeNumber('A 2-fold rise.')).toBe(true);
    expect(hasRelativeNumber('Doorways doubled.')).toBe(true);
    expect(hasRelativeNumber('About 20 women took part in 2017.')).toBe(false);
    expect(COUNT_WITH_DENOMINATOR.test('38 in 100 women')).toBe(true);
    expect(COUNT_WITH_DENOMINATOR.test('4 of 20 women')).toBe(true);
    expect(COUNT_WITH_DENOMINATOR.test('4,756 women in 10 trials')).toBe(true);
    expect(COUNT_WITH_DENOMINATOR.test('1 out of every 4')).toBe(true);
    expect(COUNT_WITH_DENOMINATOR.test('about 20 women')).toBe(false);
  });

  it('accepts a percentage next to its count, or on a slide with a chart table', () => {
    expect(withNote(numbersDenominator, 'the-headline', 'About 38 in 100 women (38%) had spread.')).toEqual([]);
    expect(withNote(numbersDenominator, 'trial-results', 'That is 38% in both groups.')).toEqual([]);
  });

  it('warns about decimals in body text but not in notes, and about "times" that may compare', () => {
    const decimal = setBlock(cleanDeck(), 'the-headline', 1, { type: 'list', items: ['About 38.2 in 100 women had spread.'] });
    expect(found(numbersCalculation, decimal)).toHaveLength(1);
    expect(withNote(numbersCalculation, 'the-headline', 'About 38.2 in 100 women had spread.')).toEqual([]);
    expect(withNote(numbersCalculation, 'the-headline', 'Chemo is given 4 times.')).toHaveLength(1);
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
