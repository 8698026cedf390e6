// A Spanish deck lists sources written in English: each entry says "(en inglés)" and its publisher
// keeps lang="en", unless the translation words the publisher line in Spanish (a date written out,
// "comunicado de prensa", "resumen en …"): then that line is Spanish and carries no lang="en".
// Before: the Spanish sources showed "13 June 2023", "7 July 2025" and "(press release …)" in
// English (noticed in the Spanish handout).
import { describe, expect, it } from 'vitest';
import spanish from '../../slides/es/index.ts';
import english from '../../slides/index.ts';
import { compileDeck } from '../../src/model/compile.ts';
import type { AssetMap } from '../../src/render/context.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import { DOORWAY_SVG, mutableFixture } from '../fixtures/fixture-deck.ts';

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DECK_WORDS = /press release|summary at|guideline listing|the company behind/i;

describe('the Spanish sources’ publisher lines', () => {
  it('word every date and every description of the deck’s own in Spanish, marked as Spanish', () => {
    const wrong: string[] = [];
    for (const [id, en] of Object.entries(english.sources)) {
      const es = (spanish.sources as Record<string, typeof en & { publisherLang?: string }>)[id]!;
      const ownWords = MONTHS.test(en.publisher) || DECK_WORDS.test(en.publisher);
      if (ownWords && (es.publisher === en.publisher || es.publisherLang !== 'es-US')) wrong.push(`${id}: "${es.publisher}" left as the English`);
      if (es.publisherLang === undefined && (MONTHS.test(es.publisher) || DECK_WORDS.test(es.publisher))) wrong.push(`${id}: English words in "${es.publisher}"`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a references entry in a deck of another language than its source', () => {
  const assets: AssetMap = new Map([['doorway.svg', { kind: 'svg', markup: DOORWAY_SVG }]]);
  function entries(publisherLang?: string): HTMLElement[] {
    const deck = mutableFixture();
    deck.meta.lang = 'es-US';
    deck.sources.alpha2017 = { ...deck.sources.alpha2017, lang: 'en', ...(publisherLang ? { publisher: 'Una revista (resumen en un sitio)', publisherLang } : {}) };
    const host = document.createElement('div');
    host.appendChild(renderDeck(compileDeck({ deck }), document, assets));
    return [...host.querySelectorAll<HTMLElement>('ol li')].filter((li) => li.querySelector('cite'));
  }

  it('keeps lang="en" on an English publisher and says the source is in English', () => {
    const li = entries()[0]!;
    expect(li.querySelector('cite')!.getAttribute('lang')).toBe('en');
    expect(li.textContent).toContain('(en inglés)');
  });

  it('marks no lang="en" on a publisher line worded in Spanish, and still says the source is in English', () => {
    const li = entries('es-US')[0]!;
    expect(li.querySelector('cite')!.textContent).toBe('Una revista (resumen en un sitio)');
    expect(li.querySelector('cite')!.hasAttribute('lang')).toBe(false);
    expect(li.textContent).toContain('(en inglés)');
  });
});
