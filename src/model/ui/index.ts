// The deck's frame, one catalog per language (text.ts says what each string is). Typed as a
// Record over every language, so a language without its catalog does not compile.

import { LOCALES, type Lang } from '../locales.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { UiText } from './text.ts';

export type { ChromeRun, KitRun, KitText, KitUse, RevealText, UiText } from './text.ts';

export const UI: { readonly [L in Lang]: UiText } = { en, es };

/** The catalog of a language. */
export const uiFor = (lang: Lang): UiText => UI[lang];

/** A link to the same page in another language, written in that language. */
export interface LanguageLink {
  readonly href: string;
  /** BCP 47 tag of the page linked to (its `lang` and `hreflang`). */
  readonly tag: string;
  /** The language's name in itself ("Español"): the link's visible words on the slides. */
  readonly name: string;
  /** The link in full ("Esta charla en español"): its words on a page, its accessible name on the slides. */
  readonly label: string;
}

/**
 * Links from a page of the `from` build to the page of the same name in each of the `to` builds
 * (their folders are LOCALES[…].folder: dist/ and dist/es/), e.g. read.html → es/read.html, and back
 * ../read.html. A language is linked only where the build puts its pages beside this one.
 */
export function languageLinks(from: Lang, to: readonly Lang[], page: string): LanguageLink[] {
  const up = LOCALES[from].folder.split('/').filter(Boolean).map(() => '../').join('');
  return to.filter((l) => l !== from).map((l) => ({ href: `${up}${LOCALES[l].folder}${page}`, tag: LOCALES[l].tag, name: UI[l].language.name, label: UI[l].language.link }));
}
