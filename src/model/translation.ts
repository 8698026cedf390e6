// A translation of the deck: its typed parity with the English it was translated from, the record
// of which English each part was translated from (so an English edit makes the translation "needs
// update"), and the record of its own review by people (translator, clinician, back-translation,
// cognitive debriefing). Pure: no DOM, no Node.
//
// Typed parity (research spanish-edition.md §3.2, a prototype that compiled here): a translated
// slide is typed from its English module by Translated<T>, so a missing field, a list of another
// length, a changed number, slide id, term, fact or citation does not compile. `translate()`
// takes the English as its first argument and the translation as NoInfer<…>: without NoInfer,
// TypeScript infers the type from the Spanish argument too and a changed id compiles. The
// English modules keep their literal types (slides/define.ts: `<const S>`), which this needs.

import { contentHash } from './hash.ts';
import type { Lang } from './locales.ts';
import type { AnyDeck, AnySlide, DeckMeta, GlossaryEntry } from './types.ts';

/**
 * Fields a translation keeps exactly as the English has them: what a slide is and what it rests
 * on (ids, kinds, block types, facts, citations, terms, numbers, figures, layout, steps).
 */
export const LOCKED_FIELDS = [
  'id',
  'kind',
  'type',
  'tone',
  'style',
  'evidence',
  'sources',
  'cite',
  'term',
  'num',
  'unit',
  'src',
  'layout',
  'step',
  'stepwise',
  'define',
  'values',
  'ids',
  'facts',
  'fact',
] as const;
export type Locked = (typeof LOCKED_FIELDS)[number];

/**
 * The type of a translation of `T`: every prose string any string, every locked field and every
 * number exactly the English one, every list the same length and order. A glossary term's run
 * may give its own word (`text`), since Spanish inflects ("la quimio", "las quimioterapias").
 */
export type Translated<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Translated<T[K]> }
      : T extends { readonly term: string }
        ? { readonly [K in keyof T]: K extends Locked ? T[K] : Translated<T[K]> } & { readonly text?: string }
        : T extends object
          ? { readonly [K in keyof T]: K extends Locked ? T[K] : Translated<T[K]> }
          : T;

/** A translated slide and the hash of the English slide it was translated from. */
export interface Translation<S> {
  readonly slide: Translated<S>;
  /** compileDeck's hash of the English slide (its content and figures) when it was translated. */
  readonly from: string;
}

/**
 * A slide's translation, typed from the English slide: `translate(en, { ...the same slide in
 * Spanish }, 'hash of the English')`. Nothing is copied from the English: every locked field is
 * written again, so the translation reads on its own and any difference does not compile.
 */
export function translate<const S>(_en: S, translated: NoInfer<Translated<S>>, from: string): Translation<S> {
  return { slide: translated, from };
}

/** A glossary entry translated: its word, definition and forms in the language; an expansion exactly where the English has one. */
export type TranslatedEntry<E> = { readonly term: string; readonly definition: string; readonly forms?: readonly string[] } & (E extends { readonly expansion: string }
  ? { readonly expansion: string }
  : { readonly expansion?: never });

export type TranslatedGlossary<G> = { readonly [K in keyof G]: TranslatedEntry<G[K]> };

/** The deck's own words about itself, translated (its dates and version stay the English ones). */
export type TranslatedMeta = Omit<DeckMeta, 'date' | 'reviewDate' | 'version'>;

/**
 * A source as a translation lists it: the deck's own short label in the language, and for a
 * source whose "title" is the deck's bracketed description (no real title was verified), that
 * description translated. Real titles stay in English (shown with lang="en"). A publisher line
 * that carries the deck's own words (a date, "press release", "summary at …") may be given in the
 * language; a publisher that is only a name stays as the English has it.
 */
export type TranslatedSource<S> = { readonly short: string; readonly publisher?: string } & (S extends { readonly title: `[${string}` } ? { readonly title: string } : { readonly title?: never });
export type TranslatedSources<R> = { readonly [K in keyof R]: TranslatedSource<R[K]> };

/** The parts of the English a translation is made of, each with its hash, keyed like review records ("slides/large-trials.ts"). */
export const TRANSLATION_PARTS = { meta: 'slides/index.ts', glossary: 'slides/glossary.ts', sources: 'slides/sources.ts' } as const;
export const translatedSlideModule = (id: string): string => `slides/${id}.ts`;

/** The deck's record of where it was translated from: which language, and each part's English hash. */
export interface TranslationSource {
  readonly of: Lang;
  /** English part (TRANSLATION_PARTS, translatedSlideModule) → the hash it had when translated. */
  readonly from: { readonly [part: string]: string };
}

/** What of a deck a translation translates, part by part (slides as compileDeck hashes them, with their figures). */
export function translatableHashes(deck: AnyDeck, slideHashes: Readonly<Record<string, string>>): Record<string, string> {
  return {
    ...Object.fromEntries(deck.slides.map((s: AnySlide) => [translatedSlideModule(s.id), slideHashes[translatedSlideModule(s.id)]!])),
    [TRANSLATION_PARTS.meta]: contentHash(metaToTranslate(deck.meta)),
    [TRANSLATION_PARTS.glossary]: contentHash(deck.glossary as Readonly<Record<string, GlossaryEntry>>),
    [TRANSLATION_PARTS.sources]: contentHash(Object.fromEntries(Object.entries(deck.sources).map(([id, s]) => [id, { short: s.short, title: s.title }]))),
  };
}

/** The meta words a translation translates (not its dates or version). */
const metaToTranslate = (meta: DeckMeta) => ({
  title: meta.title,
  subtitle: meta.subtitle,
  author: meta.author,
  description: meta.description,
  keywords: meta.keywords,
  funding: meta.funding,
  conflicts: meta.conflicts,
  contact: meta.contact,
});

/** The English parts changed since they were translated (a part with no recorded hash is new). */
export function staleParts(current: Readonly<Record<string, string>>, recorded: Readonly<Record<string, string>>): string[] {
  return Object.keys(current).filter((part) => recorded[part] !== current[part]);
}

// ---------------------------------------------------------------------------------------------
// The translation review: what people did before the translation may say it was reviewed.

/** slides/<lang>/translation-review.ts: who reviewed the translation, how, and exactly which content. */
export interface TranslationReview {
  readonly translator: { readonly name: string; readonly qualification: string };
  /** A clinician who reads both languages (an oncology nurse or physician) checked the meaning. */
  readonly clinician: { readonly name: string; readonly role: string };
  /** Whether machine translation produced a draft, and with what. */
  readonly machineTranslation: { readonly used: boolean; readonly tool?: string };
  /** Back-translation into English of the caveats and of every sentence with a number (research §1.3). */
  readonly backTranslation: { readonly caveats: boolean; readonly numberSentences: boolean; readonly by?: string };
  /** Cognitive debriefing: how many patients who read the language were asked what it means to them. */
  readonly cognitiveDebriefing: { readonly patients: number };
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The English content hash that was translated (compileDeck's contentHash of the English deck). */
  readonly sourceHash: string;
  /** The translated deck's content hash when it was reviewed. */
  readonly contentHash: string;
  /** Each translated part's hash when reviewed (slides/es/large-trials.ts …), to name what changed. */
  readonly hashes: { readonly [part: string]: string };
}

export type TranslationStatus =
  | { readonly state: 'none' }
  | {
      readonly state: 'current';
      readonly translator: string;
      readonly qualification: string;
      readonly clinician: string;
      readonly date: string;
      readonly machineTranslation: boolean;
      readonly debriefed: number;
    }
  /** The translation, or the English it came from, changed after the review. */
  | { readonly state: 'changed'; readonly date: string; readonly changed: readonly string[]; readonly englishChanged: boolean };

/**
 * Whether the recorded translation review covers the translation as it is now, made from the
 * English as it is now. A review that did not back-translate the caveats and the number
 * sentences, or debriefed no patient, is not one the deck may claim: it reads as "none".
 */
export function translationStatus(
  review: TranslationReview | null | undefined,
  now: { readonly contentHash: string; readonly hashes: Readonly<Record<string, string>>; readonly sourceHash: string },
): TranslationStatus {
  if (!review || !isCompleteReview(review)) return { state: 'none' };
  const englishChanged = review.sourceHash !== now.sourceHash;
  if (review.contentHash === now.contentHash && !englishChanged) {
    return {
      state: 'current',
      translator: review.translator.name,
      qualification: review.translator.qualification,
      clinician: `${review.clinician.name}, ${review.clinician.role}`,
      date: review.date,
      machineTranslation: review.machineTranslation.used,
      debriefed: review.cognitiveDebriefing.patients,
    };
  }
  const parts = new Set([...Object.keys(now.hashes), ...Object.keys(review.hashes)]);
  return { state: 'changed', date: review.date, changed: [...parts].filter((p) => now.hashes[p] !== review.hashes[p]).sort(), englishChanged };
}

/** The steps a review must have taken before the deck may say the translation was reviewed. */
export function isCompleteReview(review: TranslationReview): boolean {
  return review.backTranslation.caveats && review.backTranslation.numberSentences && review.cognitiveDebriefing.patients > 0;
}
