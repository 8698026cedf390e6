// The heuristics behind summary-slide and delay-reason, case by case (fixtures.test.ts shows each
// rule firing on a whole deck).

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { delayAdvice, delayReason, isReason } from '../../src/check/rules/delay-reason.ts';
import { mainMessage, normaliseMessage, summarySlide } from '../../src/check/rules/summary-slide.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { addSay, cleanDeck, setBlock } from '../fixtures/check/clean-deck.ts';

const found = (rule: Rule, deck: AnyDeck) => rule.check(readEdition(deck)).map((f) => `${f.slide}: ${f.message}`);

describe('summary-slide', () => {
  it('reads the main message from the title slide as the audience reads it', () => {
    expect(mainMessage(readEdition(cleanDeck()).compiled.slides)).toBe('Large trials in thousands of women found the same survival with chemo (cancer medicine) before or after surgery.');
  });

  it('compares word for word, ignoring case, quote marks, punctuation and spacing', () => {
    expect(normaliseMessage('Large trials: the SAME survival, “either way”.')).toBe(normaliseMessage('large trials the same survival either way'));
    expect(normaliseMessage("The women's  chance")).toBe(normaliseMessage('The women’s chance'));
    expect(normaliseMessage('about the same')).not.toBe(normaliseMessage('the same'));
  });

  it('accepts the message written as plain text instead of a glossary term', () => {
    const plain = setBlock(cleanDeck(), 'summary', 0, {
      type: 'callout',
      tone: 'key-point',
      text: 'Large trials in thousands of women found the same survival with chemo (cancer medicine) before or after surgery',
    });
    expect(found(summarySlide, plain)).toEqual([]);
  });

  it('does not accept the message only in a caveat callout or a paragraph', () => {
    const text = mainMessage(readEdition(cleanDeck()).compiled.slides)!;
    const asParagraph = setBlock(cleanDeck(), 'summary', 0, { type: 'paragraph', text });
    expect(found(summarySlide, asParagraph)).toHaveLength(1);
    const asCaveat = setBlock(cleanDeck(), 'summary', 0, { type: 'callout', tone: 'caveat', text });
    expect(found(summarySlide, asCaveat)).toHaveLength(1);
  });
});

describe('delay-reason', () => {
  it.each([
    'Do not stop or delay treatment because of this study.',
    "Don't skip your chemo.",
    'Please do not put off your surgery.',
    'That is one reason not to put off treatment.',
    'You should not stop your treatment plan on your own.',
  ])('sees advice not to stop or delay: "%s"', (sentence) => {
    expect(delayAdvice(sentence)).toBeDefined();
  });

  it.each([
    'Do not wait to call your care team.', // not about treatment
    'The lead researcher said not to avoid chemo.', // reported, and not stop/delay
    'Keep to your treatment plan.',
    'It did not stop the tumor from growing in mice.',
  ])('does not see advice in "%s"', (sentence) => {
    expect(delayAdvice(sentence)).toBeUndefined();
  });

  it('needs the waiting and the outcome in a reason sentence', () => {
    expect(isReason('Waiting 3 months or more to start chemo went with a lower chance of survival.')).toBe(true);
    expect(isReason('Long waits went with lower survival.')).toBe(true);
    expect(isReason('Large trials found the same survival either way.')).toBe(false);
    expect(isReason('Talk to your care team.')).toBe(false);
  });

  it('accepts the reason in the same sentence, after the advice', () => {
    expect(found(delayReason, addSay(cleanDeck(), 'the-headline', 'Do not delay treatment: long waits went with lower survival.'))).toEqual([]);
  });

  it('accepts the reason in the next sentence of the same text area, across paragraphs', () => {
    expect(found(delayReason, addSay(cleanDeck(), 'the-headline', 'Please do not stop your chemo.', 'Waiting too long went with a lower chance of survival.'))).toEqual([]);
  });

  it('does not take a reason from the notes for advice on the slide, or from before the advice', () => {
    const bodyOnly = setBlock(cleanDeck(), 'what-this-means-for-you', 0, { type: 'list', style: 'numbered', items: ['Do not stop your treatment.', 'Write down your questions.'] });
    expect(found(delayReason, addSay(bodyOnly, 'what-this-means-for-you', 'Long waits went with lower survival.'))).toHaveLength(1);
    expect(found(delayReason, addSay(cleanDeck(), 'the-headline', 'Long waits went with lower survival.', 'So do not delay your treatment.'))).toHaveLength(1);
  });

  it('ignores questions and quotations', () => {
    expect(found(delayReason, addSay(cleanDeck(), 'the-headline', 'Should I stop my chemo?'))).toEqual([]);
    expect(found(delayReason, addSay(cleanDeck(), 'the-headline', 'A post said “do not stop chemo” and nothing else.'))).toEqual([]);
  });
});
