// The heuristics behind the rules, case by case: true positives and the false positives they
// must not produce. (tests/check/fixtures.test.ts shows each rule firing on a whole deck.)

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { acronymExpanded } from '../../src/check/rules/acronym-expanded.ts';
import { caveatsRequired } from '../../src/check/rules/caveats-required.ts';
import { causalClaim, causalPeople } from '../../src/check/rules/causal-people.ts';
import { hypeWords } from '../../src/check/rules/hype-words.ts';
import { mouseFindingInPeople, mouseResults, reportsResult } from '../../src/check/rules/mouse-results.ts';
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
    ['Chemo makes cancer worse for patients.', 'make … worse/more/spread'],
    ['For patients, chemo may lead to spread.', 'lead to'],
    ['Chemo triggers doorways in people.', 'trigger'],
    ['It induced doorways in women.', 'induce'],
    ['Chemo spreads cancer in women.', 'spread (chemo as subject)'],
    // Broader wording (issue 13): more verbs, and passive forms.
    ['Chemo promotes spread in patients.', 'promote'],
    ['Chemo fuels cancer in women.', 'fuel'],
    ['In people, chemo drives the spread.', 'drive'],
    ['In women, spread is driven by chemo.', 'drive'],
    ['In women, spread is caused by chemo.', 'cause'],
    ['The cancer was spread by chemo in patients.', 'spread (chemo as subject)'],
    ['For women, spread was made worse by chemo.', 'make … worse/more/spread'],
    ['Chemo made the tumors of these women more aggressive.', 'make … worse/more/spread'],
    ['Chemo is to blame for spread in women.', 'to blame'],
    ['Chemo increases the risk of spread for women.', 'raise the risk'],
    ['For patients, the risk of spread is raised by chemo.', 'raise the risk'],
    ['Chemo raised doorways in these women.', 'increase spread'],
    ['For women, chemo speeds up the spread.', 'worsen/speed up'],
    ['In women, the spread came about because of chemo.', 'because of chemo'],
    ['Chemo shortens the lives of women.', 'shorten lives'],
    ['Women who had chemo first were more likely to die.', 'more likely to die/spread'],
    ['Chemo helps cancer cells spread in women.', 'help … spread'],
  ])('flags "%s" (%s)', (sentence, name) => {
    expect(causalClaim(sentence)).toBe(name);
    expect(withNote(causalPeople, 'the-headline', sentence)).toHaveLength(1);
  });

  it.each([
    'It did not show more spread in women.',
    'This does not mean that chemo causes spread in women.',
    'No one has shown that chemo causes spread in people.',
    'Nothing shows that chemo fuels spread in women.',
    'In these trials, the order made no difference to women.',
    'Make sure you ask your care team.',
    'In women, cancer can spread to the lungs.',
    'The extra spread was seen in mice, not in people.',
    'Earlier studies found that tumors with more doorways were more likely to spread.',
    'Mena is a protein that helps cancer cells move.',
    'In 2025, a news site said chemo can backfire and make cancer more aggressive.',
    'Chemo before surgery was linked to a higher chance of cancer coming back nearby.',
    // About people, but not about what the study is about.
    'Chemo can cause side effects for you, like hair loss.',
    'It may raise your risk of infection.',
  ])('does not flag "%s"', (sentence) => {
    expect(withNote(causalPeople, 'the-headline', sentence)).toEqual([]);
  });

  it('does not flag questions, quotations, or sentences about mice', () => {
    expect(withNote(causalPeople, 'the-headline', 'Does chemo cause spread in women?')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'For women, the headline said "chemo makes cancer more aggressive".')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'For women, the headline said “chemo causes spread”.')).toEqual([]);
    expect(withNote(causalPeople, 'what-is-a-doorway', 'In mice, chemo caused more doorways.')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'In mice, chemo made the cancer spread.')).toEqual([]);
  });

  it('reads a sentence clause by clause: a negation or "mice" in one clause does not excuse the next', () => {
    expect(withNote(causalPeople, 'the-headline', 'It did not show more spread, but chemo causes spread in women.')).toHaveLength(1);
    expect(withNote(causalPeople, 'the-headline', 'In mice, chemo led to more spread; in women, chemo led to more doorways.')).toHaveLength(1);
    expect(withNote(causalPeople, 'the-headline', 'As the news said, chemo makes cancer spread.')).toHaveLength(1);
  });

  it('treats harm from chemo as a claim about people when no mice are named', () => {
    expect(withNote(causalPeople, 'the-headline', 'Chemotherapy makes breast cancer spread.')).toHaveLength(1);
    expect(withNote(causalPeople, 'the-headline', 'Chemo makes more doorways.')).toEqual([]); // not harm: mouse-results' business on mouse slides
  });

  it('allows causal words on slides that cite a randomized trial or meta-analysis, except for harm', () => {
    expect(withNote(causalPeople, 'trial-results', 'In women, the order caused no change in survival.')).toEqual([]);
    expect(withNote(causalPeople, 'trial-results', 'In women, chemo first led to more breast-saving surgery.')).toEqual([]);
    expect(withNote(causalPeople, 'trial-results', 'In women, chemo first led to more spread.')).toHaveLength(1);
    expect(withNote(causalPeople, 'trial-results', 'Chemo before surgery increases the risk of death for women.')).toEqual([
      expect.stringMatching(/^trial-results: notes\.say\[\d\] says "raise the risk" about harm in people, but the randomized trials found no difference/),
    ]);
    expect(withNote(causalPeople, 'the-headline', 'Chemo before surgery increases the risk of death for women.')).toEqual([
      expect.stringMatching(/^the-headline: notes\.say\[\d\] says "raise the risk" about people, but in people the study only measured tissue markers: "Chemo before/),
    ]);
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

  it('does not switch off because a sentence also mentions people', () => {
    expect(withNote(mouseResults, 'what-is-a-doorway', 'Chemo made more doorways; in women, the study only measured tissue markers.')).toHaveLength(1);
    expect(withNote(mouseResults, 'what-is-a-doorway', 'In mice, chemo made more doorways; in women, the study only measured tissue markers.')).toEqual([]);
  });

  it.each([
    ['the-headline', 'Women on chemo had more cancer cells in their blood.', 'more cancer cells in the blood'],
    ['the-headline', 'Like the mice, the women had more cancer cells in their blood.', 'more cancer cells in the blood'],
    ['the-headline', 'In patients, cancer spread to the lungs after chemo.', 'spread to the lungs'],
    ['the-headline', 'These women had more spread after chemo.', 'more spread'],
    ['trial-results', 'In people, blood vessels leaked more at the doorways.', 'leaky blood vessels'],
    ['what-is-a-doorway', 'Your doorways may be more active after chemo.', 'more active doorways'],
  ])('flags a mouse result restated in people on %s: "%s"', (slide, sentence, finding) => {
    expect(mouseFindingInPeople(sentence)).toBe(finding);
    expect(withNote(mouseResults, slide, sentence)).toEqual([expect.stringContaining(`restates a mouse result (${finding}) as happening in people`)]);
  });

  it.each([
    'It did not show that these women had more spread.',
    'The extra spread was seen in mice, not in people.',
    'In mice, chemo led to more cancer cells in the blood; in women, the study only measured tissue markers.',
    'After chemo, the leftover tumor tended to have more doorways in women.',
    'In 10 trials, about 38 in 100 women had spread either way.',
    'It gave rebastinib with chemo to people whose breast cancer had spread.',
  ])('does not flag "%s"', (sentence) => {
    expect(withNote(mouseResults, 'the-headline', sentence)).toEqual([]);
    expect(withNote(mouseResults, 'what-is-a-doorway', sentence)).toEqual([]);
  });

  it('leaves causal claims about people to causal-people, and questions to no one', () => {
    expect(withNote(mouseResults, 'the-headline', 'In women, chemo led to more cancer cells in the blood.')).toEqual([]);
    expect(withNote(causalPeople, 'the-headline', 'In women, chemo led to more cancer cells in the blood.')).toHaveLength(1);
    expect(withNote(mouseResults, 'what-is-a-doorway', 'Did chemo make more doorways?')).toEqual([]);
    expect(withNote(mouseResults, 'the-headline', 'Chemo made more doorways.')).toEqual([]);
  });
});

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

  it('leaves a share of the 20 women and an exact mouse number to human-count and mouse-numbers', () => {
    // Their fix is to take the number out; adding a denominator ("17 of 20") would be another forbidden count.
    expect(withNote(numbersDenominator, 'the-headline', 'About 85% of the women had more doorways after chemo.')).toEqual([]);
    expect(withNote(numbersDenominator, 'what-is-a-doorway', 'In mice, lung metastases went up by 40%.')).toEqual([]);
    expect(withNote(numbersDenominator, 'the-headline', 'The story said spread went up by 50%.')).toHaveLength(1);
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
