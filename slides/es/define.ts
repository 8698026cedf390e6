// Binds a translation to the English deck, so that what cannot differ does not compile: each
// Spanish slide module is typed from its English module (src/model/translation.ts Translated<T>),
// the deck must give every English slide in translation (a Record over the English slide ids), the
// glossary every term, the source list every source, the fact patterns every English pattern.
// Nothing here is copied from the English but what a translation must not change: the order of
// the slides and the editions (locale-independent), the sources' data, the facts and the advice.

import { FULL_EDITION, type GlossaryEntry } from '../../src/model/types.ts';
import { localizeFacts, type FactPatterns } from '../../src/model/facts.ts';
import { TRANSLATION_PARTS, translatedSlideModule, type TranslatedGlossary, type TranslatedMeta, type TranslatedSources, type Translation } from '../../src/model/translation.ts';
import type { Deck, SlideOrder } from '../define.ts';
import type { CitedFactId, facts } from '../facts/index.ts';
import type { glossary } from '../glossary.ts';
import english, { type SlideId, type SlideList } from '../index.ts';
import type { sources } from '../sources.ts';

export { translate } from '../../src/model/translation.ts';

/** The English slide with this id, with its literal type. */
export type SlideOf<K extends SlideId> = Extract<SlideList[number], { readonly id: K }>;

/** One translation per English slide, by id: a slide left out, or a translation of another slide, does not compile. */
export type TranslatedSlides = { readonly [K in SlideId]: Translation<SlideOf<K>> };

export interface DeckTranslation {
  /** The deck's words about itself (its dates and version stay the English ones). */
  readonly meta: TranslatedMeta;
  readonly glossary: TranslatedGlossary<typeof glossary>;
  readonly sources: TranslatedSources<typeof sources>;
  /** Names with a number in them that stand for a fact, as this language says them ("estudio de 2017"). */
  readonly named: { readonly [name: string]: CitedFactId };
  /** Every English fact pattern, in this language (slides/es/facts.ts). */
  readonly facts: FactPatterns<typeof facts>;
  readonly slides: TranslatedSlides;
  /** The hash of the English meta, glossary and source list each was translated from (npm run review -- --translated es). */
  readonly from: { readonly meta: string; readonly glossary: string; readonly sources: string };
}

/** The translated deck: the English one with every word in the other language. */
export function translateDeck(t: DeckTranslation): Deck {
  const slides = english.slides.map((s) => t.slides[s.id as SlideId].slide) as unknown as SlideOrder;
  const from: Record<string, string> = {
    [TRANSLATION_PARTS.meta]: t.from.meta,
    [TRANSLATION_PARTS.glossary]: t.from.glossary,
    [TRANSLATION_PARTS.sources]: t.from.sources,
  };
  for (const s of english.slides) from[translatedSlideModule(s.id)] = t.slides[s.id as SlideId].from;
  const source = Object.fromEntries(
    Object.entries(english.sources).map(([id, s]) => {
      const own = t.sources[id as keyof typeof sources] as { readonly short: string; readonly title?: string; readonly publisher?: string };
      // Every source is written in English: the entry says "(en inglés)"; its publisher keeps
      // lang="en" unless the translation words it in Spanish (then publisherLang says so).
      return [id, { ...s, short: own.short, ...(own.title === undefined ? {} : { title: own.title }), ...(own.publisher === undefined ? {} : { publisher: own.publisher, publisherLang: t.meta.lang }), lang: 'en' }];
    }),
  );
  return {
    meta: { ...t.meta, date: english.meta.date, reviewDate: english.meta.reviewDate, version: english.meta.version },
    sources: source as Deck['sources'],
    // A term left off "words to know" on purpose is so in every language (the English entry says why).
    glossary: Object.fromEntries(
      Object.entries(t.glossary).map(([id, entry]) => {
        const off = (english.glossary as Readonly<Record<string, GlossaryEntry>>)[id]?.leftOffWordsToKnow;
        return [id, off ? { ...entry, leftOffWordsToKnow: off } : entry];
      }),
    ) as unknown as Deck['glossary'],
    ...(english.facts ? { facts: localizeFacts(english.facts, t.facts) } : {}),
    ...(english.advice ? { advice: english.advice } : {}),
    named: t.named,
    slides,
    ...(english.editions ? { editions: Object.fromEntries(Object.entries(english.editions).filter(([name]) => name !== FULL_EDITION)) } : {}),
    translation: { of: 'en', from },
  };
}
