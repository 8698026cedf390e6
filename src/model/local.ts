// The presenting clinic's own details (slides/local.ts) and the clinical review record
// (slides/review.ts): the two things a clinic changes without touching a slide.

import type { Lang } from './locales.ts';

/** The clinic's own words that a translated deck shows, in that language. */
export interface LocalWords {
  /** The presenter's role, e.g. "Enfermera educadora en oncología". */
  readonly role?: string;
  /** When someone answers, e.g. "De lunes a viernes, de 8 a. m. a 5 p. m.". */
  readonly hours?: string;
}

/** `slides/local.ts`: every field optional; the shipped file sets none of them. */
export interface LocalDetails {
  /** The clinic, hospital or group presenting, e.g. "Riverside Cancer Center". */
  readonly organization?: string;
  readonly presenter?: { readonly name: string; readonly role?: string };
  readonly contact?: {
    /** A phone number as people dial it, e.g. "(555) 010-0199" or "+1 555 010 0199". */
    readonly phone?: string;
    /** When someone answers, e.g. "Monday to Friday, 8 am to 5 pm". */
    readonly hours?: string;
    /** An https:// address. */
    readonly website?: string;
    readonly email?: string;
  };
  /** The day of the talk, YYYY-MM-DD. */
  readonly talkDate?: string;
  /**
   * Where patients can read this talk at home: the full https:// address of the published
   * reading view (read.html), e.g. "https://example.org/tmem/read.html". The slides and the
   * handout show it; without it they link to the read.html next to the deck.
   */
  readonly readingViewUrl?: string;
  /**
   * The presenter's role and the opening hours in another language of the deck (the Spanish
   * edition shows these): `translations: { es: { role: '…', hours: '…' } }`. Names, numbers and
   * addresses need no translation.
   */
  readonly translations?: { readonly [L in Exclude<Lang, 'en'>]?: LocalWords };
}

/** `slides/review.ts`: who reviewed the content clinically, and exactly which content. */
export interface ReviewRecord {
  readonly name: string;
  /** Role or credentials, e.g. "Breast oncologist, MD". */
  readonly role: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** What was checked, e.g. "against the full paper and the fact sheet". */
  readonly scope: string;
  /** The deck's content hash when it was reviewed (compileDeck's `contentHash`). */
  readonly contentHash: string;
  /**
   * The hash of each part of the content when it was reviewed, keyed by the module it lives in
   * (`slides/large-trials.ts`, `slides/sources.ts`, …), so a later change can be named.
   */
  readonly hashes: { readonly [module: string]: string };
  /** Each fact's statement when it was reviewed, by fact id (`--changes` shows a changed one). */
  readonly statements?: { readonly [fact: string]: string };
  /**
   * Each slide's sentences as reviewed, by slide id: `[field, sentence]` in reading order
   * (`npm run review -- --changes` diffs the slide as it is now against them).
   */
  readonly sentences?: { readonly [slide: string]: readonly (readonly [field: string, text: string])[] };
}

/** Months from a clinical review to the next one due. */
export const REVIEW_INTERVAL_MONTHS = 12;
