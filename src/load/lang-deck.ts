// One language of the deck as a deck of its own: the English as loaded, or a translation with its
// own modules, editions and handouts and no further translations (what `npm run build` builds
// into dist/es/, and what `--lang es` prints, writes as one file or as PowerPoint).

import { UsageError } from '../exit/cli-error.ts';
import { LOCALES, SOURCE_LANG, type Lang } from '../model/locales.ts';
import type { TranslationCompileInput } from '../model/compile.ts';
import type { DeckInput } from './deck-input.ts';
import type { LoadedDeck } from './load-deck.ts';

/** The loaded deck in `lang`; throws when the deck has no translation into it (a fixture deck). */
export function deckInLang(loaded: LoadedDeck, lang: Lang): LoadedDeck {
  if (lang === SOURCE_LANG) return loaded;
  const t = loaded.translations.find((x) => x.lang === lang);
  if (!t) throw new UsageError(`The deck has no ${LOCALES[lang].name} translation (slides/${LOCALES[lang].folder}index.ts).`);
  return { input: t.input, editions: t.editions, handouts: t.handouts, files: t.input.files, translations: [] };
}

/** A deck input in `lang`, with what compiling it needs to know of its translation (none for English). */
export function inputInLang(input: DeckInput, lang: Lang): { readonly input: DeckInput; readonly translation?: TranslationCompileInput } {
  if (lang === SOURCE_LANG) return { input };
  const t = input.translations.find((x) => x.lang === lang);
  if (!t) throw new UsageError(`The deck has no ${LOCALES[lang].name} translation (slides/${LOCALES[lang].folder}index.ts).`);
  return { input: t.input, translation: t.translation };
}
