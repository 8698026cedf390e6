import { describe, expect, it } from 'vitest';
import { DeckValidationError, formatProblem } from '../../src/model/errors.ts';
import { deckProblems, validateDeck } from '../../src/model/validate.ts';
import { FIXTURE_ASSETS, fixtureDeck, mutableFixture } from '../fixtures/fixture-deck.ts';

const opts = { assets: FIXTURE_ASSETS };
/** Problems as "where › field: message" lines, for exact matching. */
const lines = (deck: unknown) => deckProblems(deck, opts).map((p) => `${p.where} › ${p.field}: ${p.message}`);

describe('validateDeck', () => {
  it('accepts the fixture deck', () => {
    expect(() => validateDeck(fixtureDeck(), opts)).not.toThrow();
  });

  it('names the slide and field of a citation that is not in the registry', () => {
    const deck = mutableFixture();
    deck.slides[2].sources = ['alpha2017', 'gamma2019'];
    expect(lines(deck)).toEqual(['slide figure-slide › sources[1]: "gamma2019" is not in the source registry']);
  });

  it('catches an unknown inline citation', () => {
    const deck = mutableFixture();
    deck.slides[1].body[0].items[1][3] = { cite: 'nope' };
    expect(lines(deck)).toEqual(['slide before-we-start › body[0].items[1]: cites "nope", which is not in the source registry']);
  });

  it('reports a missing title', () => {
    const deck = mutableFixture();
    delete deck.slides[3].title;
    expect(lines(deck)).toEqual(['slide chart-slide › title: is missing']);
  });

  it('reports an empty (whitespace) title', () => {
    const deck = mutableFixture();
    deck.slides[3].title = '   ';
    expect(lines(deck)).toEqual(['slide chart-slide › title: is empty']);
  });

  it('reports empty speaker notes, each field', () => {
    const deck = mutableFixture();
    deck.slides[2].notes = { say: [''], question: '', answer: 'ok' };
    expect(lines(deck)).toEqual([
      'slide figure-slide › notes.say[0]: is empty',
      'slide figure-slide › notes.question: is empty',
    ]);
  });

  it('reports notes with nothing to say', () => {
    const deck = mutableFixture();
    deck.slides[2].notes.say = [];
    expect(lines(deck)).toEqual(['slide figure-slide › notes.say: is empty']);
  });

  it('reports missing notes', () => {
    const deck = mutableFixture();
    delete deck.slides[4].notes;
    expect(lines(deck)).toEqual(['slide words-to-know › notes: is missing']);
  });

  it('reports a duplicate slide id with both positions', () => {
    const deck = mutableFixture();
    deck.slides[3].id = 'figure-slide';
    expect(lines(deck)).toEqual(['slide figure-slide › id: is used by 2 slides (positions 3, 4)']);
  });

  it('reports a figure without alt text', () => {
    const deck = mutableFixture();
    delete deck.slides[2].body[1].alt;
    expect(lines(deck)).toEqual(['slide figure-slide › body[1].alt: is missing']);
  });

  it('reports a figure file that does not exist', () => {
    const deck = mutableFixture();
    deck.slides[2].body[1].src = 'missing.svg';
    expect(lines(deck)).toEqual(['slide figure-slide › body[1].src: "missing.svg" is not a file in slides/figures/']);
  });

  it('reports a glossary term used but not defined in the glossary', () => {
    const deck = mutableFixture();
    deck.slides[1].body[0].items[1][1] = { term: 'metastasis', define: true };
    expect(lines(deck)).toEqual(['slide before-we-start › body[0].items[1]: uses the term "metastasis", which is not in the glossary']);
  });

  it('reports an id that is not lowercase-with-hyphens', () => {
    const deck = mutableFixture();
    deck.slides[3].id = 'Chart Slide';
    expect(lines(deck)).toEqual(['slide Chart Slide › id: must be lowercase words joined by hyphens']);
  });

  it('requires the caveats slide second (for input that skipped the compiler)', () => {
    const deck = mutableFixture();
    [deck.slides[1], deck.slides[2]] = [deck.slides[2], deck.slides[1]];
    // Named where it is, as the slide to move: not as "a second caveats slide".
    expect(lines(deck)).toEqual(['slide before-we-start › kind: the caveats slide is at position 3; it must come second, right after the title slide']);
  });

  it('asks for a caveats slide when there is none, and names a second one', () => {
    const deck = mutableFixture();
    deck.slides[1].kind = 'content';
    expect(lines(deck)).toEqual(['slide before-we-start › kind: the second slide must be the caveats slide ("what this study can and cannot tell you")']);
    const twice = mutableFixture();
    twice.slides[3].kind = 'caveats';
    expect(lines(twice)).toEqual(['slide chart-slide › kind: a second "caveats" slide at position 4']);
  });

  it('requires a DOI or URL for every source', () => {
    const deck = mutableFixture();
    delete deck.sources.beta2018.doi;
    expect(lines(deck)).toEqual(['sources.beta2018 › doi: has neither a DOI nor a URL']);
  });

  it('requires chart rows to match the series', () => {
    const deck = mutableFixture();
    deck.slides[3].body[0].rows[0].values = [38.2];
    expect(lines(deck)).toEqual(['slide chart-slide › body[0].rows[0].values: has 1 values for 2 series']);
  });

  it('requires the review date after the deck date', () => {
    const deck = mutableFixture();
    deck.meta.reviewDate = '2025-01-01';
    expect(lines(deck)).toEqual(['meta › reviewDate: (2025-01-01) is not after the deck date (2026-01-01)']);
  });

  it('throws one error listing every problem, with the file and what to do', () => {
    const deck = mutableFixture();
    deck.slides[2].notes.say = [' '];
    delete deck.slides[2].body[1].alt;
    let error: unknown;
    try {
      validateDeck(deck, opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckValidationError);
    const message = (error as Error).message;
    expect(message).toContain('The deck has 2 problems:');
    expect(message).toContain('slide figure-slide (slides/figure-slide.ts) › body[1].alt: is missing. Describe what the figure shows');
    expect(message).toContain('slide figure-slide (slides/figure-slide.ts) › notes.say[0]: is empty. Write what the presenter should say');
    expect(formatProblem((error as DeckValidationError).problems[0]!)).toMatch(/^slide figure-slide \(slides\/figure-slide\.ts\) › /);
  });

  it('refuses an evidence badge on the title slide', () => {
    const deck = mutableFixture();
    deck.slides[0].evidence = 'randomized-trials';
    expect(lines(deck)).toEqual(['slide title › evidence: the title slide carries an evidence badge, which reads as if it described the 2017 study']);
  });

  it('refuses two blocks with the same id on a slide', () => {
    const deck = mutableFixture();
    deck.slides[2].body[0].id = 'same';
    deck.slides[2].body[1].id = 'same';
    expect(lines(deck)).toEqual(['slide figure-slide › body[1].id: "same" is also the id of body[0]']);
  });

  it('accepts an edition that starts with the title and caveats slides', () => {
    const deck = mutableFixture();
    deck.editions = { short: ['title', 'before-we-start', 'chart-slide', 'sources', 'about-this-deck'] };
    expect(lines(deck)).toEqual([]);
  });

  it('names each mistake in an edition: unknown id, order, repeats, the reserved name', () => {
    const deck = mutableFixture();
    deck.editions = {
      short: ['before-we-start', 'title', 'chart-slide', 'chart-slide', 'no-such-slide'],
      full: ['title', 'before-we-start'],
    };
    expect(lines(deck)).toEqual([
      'edition short › [0]: starts with "before-we-start", not the title slide',
      'edition short › [1]: has "title" second, not the caveats slide',
      'edition short › [3]: lists "chart-slide" twice',
      'edition short › [4]: "no-such-slide" is not a slide of the deck',
      'edition full › name: "full" is the whole deck (the slides list) and cannot be redefined',
    ]);
  });
});
