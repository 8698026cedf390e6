// The review page (review.html) as a pure render of the review sheet, on a fixture deck: every
// slide present with its editions, every sentence with the facts it cites (statement, population,
// evidence, source, status, last check), a sentence bound to no fact marked in words, the
// summary's counts, the review status (none, current, changed with the stale slides marked), and
// text that looks like HTML kept as text.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { reviewSheet } from '../../src/check/review-sheet.ts';
import { compileEditions } from '../../src/model/editions.ts';
import { recordReview } from '../../src/model/compile.ts';
import type { ReviewRecord } from '../../src/model/local.ts';
import { isBound } from '../../src/model/review-sheet.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { factAnchor, renderReviewPage, REVIEW_CLASS, REVIEW_FLAG, slideAnchor, STALE_FLAG } from '../../src/render/review-page.ts';
import { addParagraph, cleanDeck, editSlide, FACTS } from '../fixtures/check/clean-deck.ts';

const UNBOUND = 'This unbound sentence cites nothing at all.';
const BOUND = 'A bound sentence about the trials.';
const HOSTILE = '<img src=x onerror="window.__pwned=1"> & <b>bold</b>';

/** The clean fixture deck with one sentence bound to no fact and one bound to a fact, and a short edition. */
function fixtureDeck(): AnyDeck {
  let deck = addParagraph(cleanDeck() as unknown as AnyDeck, 'trial-results', UNBOUND);
  deck = addParagraph(deck, 'trial-results', BOUND, ['trials-spread']);
  deck = addParagraph(deck, 'what-is-a-doorway', HOSTILE);
  return { ...deck, editions: { short: ['title', 'before-we-start', 'trial-results', 'summary', 'sources', 'about-this-deck'] } } as AnyDeck;
}

function render(deck: AnyDeck, review: ReviewRecord | null = null) {
  const { editions } = compileEditions({ deck, review });
  const sheet = reviewSheet(deck, editions, review);
  const doc = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  doc.body.appendChild(renderReviewPage(sheet, doc));
  return { sheet, doc };
}

const sentenceItem = (doc: Document, text: string): HTMLElement => {
  const found = [...doc.querySelectorAll<HTMLElement>(`.${REVIEW_CLASS.sentence}`)].filter((li) => li.querySelector(`.${REVIEW_CLASS.text}`)?.textContent === text);
  expect(found, `one sentence item for "${text}"`).toHaveLength(1);
  return found[0]!;
};

describe('the review page', () => {
  it('has every slide of the deck, in order, with its title and the editions it is in', () => {
    const deck = fixtureDeck();
    const { doc } = render(deck);
    const sections = [...doc.querySelectorAll<HTMLElement>(`section.${REVIEW_CLASS.slide}`)];
    expect(sections.map((s) => s.id)).toEqual(deck.slides.map((s) => slideAnchor(s.id)));
    sections.forEach((s, i) => expect(s.querySelector('h2')!.textContent).toBe(`${i + 1}. ${deck.slides[i]!.title}`));
    const editionsOf = (id: string) => doc.getElementById(slideAnchor(id))!.querySelector('dl')!.textContent;
    expect(editionsOf('trial-results')).toContain('full deck, short edition');
    expect(editionsOf('what-is-a-doorway')).toContain('full deck');
    expect(editionsOf('what-is-a-doorway')).not.toContain('short');
  });

  it('lists every sentence of the slides and notes, the prepared question and answer included', () => {
    const deck = fixtureDeck();
    const { doc, sheet } = render(deck);
    for (const slide of deck.slides) {
      const texts = [...doc.getElementById(slideAnchor(slide.id))!.querySelectorAll(`.${REVIEW_CLASS.text}`)].map((p) => p.textContent);
      expect(texts, slide.id).toContain(slide.title);
      expect(texts, slide.id).toContain(slide.notes.question);
    }
    expect(doc.querySelectorAll(`.${REVIEW_CLASS.sentence}`)).toHaveLength(sheet.summary.sentences);
    expect(sheet.summary.sentences).toBe(sheet.summary.bound + sheet.summary.unbound);
  });

  it('marks a sentence bound to no fact in words (not only by colour), and not a bound one', () => {
    const { doc } = render(fixtureDeck());
    const unbound = sentenceItem(doc, UNBOUND);
    expect(unbound.classList.contains(REVIEW_CLASS.unbound)).toBe(true);
    expect(unbound.querySelector(`.${REVIEW_CLASS.flag}`)!.textContent).toContain(REVIEW_FLAG);
    expect(unbound.querySelector(`.${REVIEW_CLASS.cites}`)).toBeNull();
    const bound = sentenceItem(doc, BOUND);
    expect(bound.classList.contains(REVIEW_CLASS.unbound)).toBe(false);
    expect(bound.textContent).not.toContain(REVIEW_FLAG);
    // Every item marked unbound says so, and only those.
    const marked = [...doc.querySelectorAll(`.${REVIEW_CLASS.sentence}`)].filter((li) => li.textContent!.includes(REVIEW_FLAG));
    expect(marked).toEqual([...doc.querySelectorAll(`.${REVIEW_CLASS.unbound}`)]);
  });

  it('shows each cited fact with its statement, population, evidence, source link, status and last check', () => {
    const { doc } = render(fixtureDeck());
    const fact = FACTS['trials-spread']!;
    const cited = sentenceItem(doc, BOUND).querySelector(`.${REVIEW_CLASS.cites} > li`)!;
    expect(cited.querySelector('q')!.textContent).toBe(fact.statement);
    expect(cited.querySelector(`a[href="#${factAnchor('trials-spread')}"]`)).not.toBeNull();
    expect(cited.textContent).toContain(fact.population.who);
    expect(cited.textContent).toContain('Randomized trials in people');
    expect(cited.textContent).toContain('Verified in the source, checked January 1, 2026');
    const deck = fixtureDeck();
    const source = deck.sources[fact.sources[0]]!;
    expect(cited.textContent).toContain(source.short);
    // The fact's full entry is on the page, with who cites it.
    const entry = doc.getElementById(factAnchor('trials-spread'))!;
    expect(entry.textContent).toContain(fact.statement);
    expect(entry.querySelector(`a[href="#${slideAnchor('trial-results')}"]`)).not.toBeNull();
  });

  it('sums up slides, sentences, bound and unbound, facts cited and in reserve, unverified facts cited', () => {
    const deck = fixtureDeck();
    const { doc, sheet } = render(deck);
    const all = sheet.slides.flatMap((s) => s.sentences);
    expect(sheet.summary).toMatchObject({
      slides: deck.slides.length,
      sentences: all.length,
      bound: all.filter(isBound).length,
      unbound: all.filter((s) => !isBound(s)).length,
      factsCited: Object.keys(FACTS).filter((id) => all.some((s) => s.facts.includes(id))).length,
      unverifiedCited: 0,
    });
    expect(sheet.summary.factsCited + sheet.summary.factsInReserve).toBe(Object.keys(FACTS).length);
    const summary = doc.querySelector(`.${REVIEW_CLASS.summary}`)!.textContent!;
    expect(summary).toContain(`Sentences that cite no fact${sheet.summary.unbound}`);
    expect(summary).toContain('Unverified facts cited (must be 0)0');
  });

  it('says honestly that the deck is not reviewed, when no review is recorded', () => {
    const { doc } = render(fixtureDeck());
    expect(doc.querySelector(`.${REVIEW_CLASS.status}`)!.textContent).toContain('Not reviewed.');
    expect(doc.body.textContent).not.toContain(STALE_FLAG);
  });

  it('names the reviewer and date, and marks the slides and facts changed since the review', () => {
    const deck = fixtureDeck();
    const record = recordReview(deck, new Map(), { name: 'Dr. Ana Rivera', role: 'Breast oncologist, MD', scope: 'against the paper', date: '2026-03-01' });
    expect(render(deck, record).doc.querySelector(`.${REVIEW_CLASS.status}`)!.textContent).toContain('Reviewed by Dr. Ana Rivera, Breast oncologist, MD, on March 1, 2026');
    const edited = {
      ...editSlide(deck, 'the-headline', (s) => ({ ...s, notes: { ...s.notes, question: 'Is the headline new?' } })),
      facts: { ...deck.facts, 'trials-spread': { ...deck.facts!['trials-spread']!, statement: 'An edited statement.' } },
    } as AnyDeck;
    const { doc, sheet } = render(edited, record);
    expect(doc.querySelector(`.${REVIEW_CLASS.status}`)!.textContent).toContain('Changed since the review by Dr. Ana Rivera');
    expect(sheet.slides.filter((s) => s.stale).map((s) => s.id)).toEqual(['the-headline']);
    expect(doc.getElementById(slideAnchor('the-headline'))!.querySelector(`.${REVIEW_CLASS.stale}`)!.textContent).toContain(STALE_FLAG);
    expect(doc.getElementById(slideAnchor('trial-results'))!.querySelector(`.${REVIEW_CLASS.stale}`)).toBeNull();
    expect(sheet.staleFacts).toEqual(['trials-spread']);
    expect(doc.getElementById(factAnchor('trials-spread'))!.textContent).toContain(STALE_FLAG);
  });

  it('sets every string as text: markup in a sentence creates no element', () => {
    const { doc } = render(fixtureDeck());
    expect(sentenceItem(doc, HOSTILE).querySelectorAll('img, b')).toHaveLength(0);
    expect(doc.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
  });
});
