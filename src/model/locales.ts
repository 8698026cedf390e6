// The languages the deck is written in, one entry each: what the build, the PDFs, the checker and
// other tools (the kit, the PowerPoint writer) need to know about a language before they read a
// word of it. Adding a language to LANGS makes every `Record<Lang, …>` in the project fail to
// compile until that language has its UI text (src/model/ui/), its readability formulas
// (src/check/readability/languages.ts) and its claim words (src/check/claims/words.ts): a
// language without them cannot be half-built.

import { UsageError } from '../exit/cli-error.ts';

/** The deck's languages: English is the source, every other one a translation of it. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language every other one is translated from. */
export const SOURCE_LANG = 'en' satisfies Lang;

export interface Locale {
  readonly lang: Lang;
  /** BCP 47 tag for `<html lang>`, the PDF's /Lang and its XMP dc:language. */
  readonly tag: string;
  /** The language's name in itself ("Español"), for the link between the editions. */
  readonly name: string;
  /** Text direction; both languages here are left to right. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * Where its pages go in a build, relative to the English ones: '' (dist/index.html) or 'es/'
   * (dist/es/index.html); its slide modules are in slides/<folder> (slides/es/index.ts).
   */
  readonly folder: string;
  /** The Intl locale for dates and lists ("es-US": "5 de julio de 2017"). */
  readonly intl: string;
}

export const LOCALES: { readonly [L in Lang]: Locale } = {
  en: { lang: 'en', tag: 'en', name: 'English', dir: 'ltr', folder: '', intl: 'en-US' },
  // Neutral US Latin American Spanish (research D1): es-US, usted.
  es: { lang: 'es', tag: 'es-US', name: 'Español', dir: 'ltr', folder: 'es/', intl: 'es-US' },
};

/** The translations (every language but the source), in LANGS order. */
export const TRANSLATION_LANGS: readonly Exclude<Lang, typeof SOURCE_LANG>[] = LANGS.filter((l): l is Exclude<Lang, typeof SOURCE_LANG> => l !== SOURCE_LANG);

/** A deck's language from its meta.lang tag ("en-US" → en; "es", "es-US" → es); unknown tags read as the source. */
export function langOf(tag: string): Lang {
  const primary = tag.toLowerCase().split('-')[0];
  return LANGS.find((l) => l === primary) ?? SOURCE_LANG;
}

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);

/**
 * Where a language's file goes, beside the English one: the English path as it is, a
 * translation's in its own folder after the first one ("out/deck.pdf" → "out/es/deck.pdf",
 * "dist" → "dist/es"), the same folder its pages have in a build (dist/es/).
 */
export function inLangFolder(path: string, lang: Lang): string {
  const folder = LOCALES[lang].folder.replace(/\/$/, '');
  if (!folder) return path;
  const [first, ...rest] = path.split('/');
  return [first, folder, ...rest].join('/');
}

/** A `--lang` value checked: one of LANGS, or a message saying which there are. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return SOURCE_LANG;
  if (isLang(value)) return value;
  throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (${LANGS.map((l) => `${l}: ${LOCALES[l].name}`).join('; ')}), not "${value}".`);
}
