// The real deck built as `npm run build` builds it: the English into a folder, then each
// translation as a deck of its own into its folder inside it (dist/es/: its modules, editions and
// handouts, no further translations), from one load and compile. The shared test run builds the
// same way (tests/setup/shared-run.ts), so the tests see dist/ and dist/es/ as they ship.

import { join } from 'node:path';
import type { LoadedDeck } from '../load/load-deck.ts';
import { LOCALES, type Lang } from '../model/locales.ts';
import { buildDeck, type BuildOptions } from './run-build.ts';

/** A translation of a compiled deck as a deck of its own (what dist/es/ is built from). */
export function translationBuild(loaded: LoadedDeck, lang: Lang): LoadedDeck {
  const t = loaded.translations.find((x) => x.lang === lang);
  if (!t) throw new Error(`the deck has no ${lang} translation`);
  return { input: t.input, editions: t.editions, handouts: t.handouts, files: t.input.files, translations: [] };
}

type LanguageOptions = Omit<BuildOptions, 'deck'>;

/**
 * Builds `loaded` into `outDir` and each of its translations into `outDir`/<folder>; the folders
 * written, English first. `options` are the same for every language, or chosen per language
 * (`npm run build` reports the English build's phases only).
 */
export async function buildLanguages(outDir: string, loaded: LoadedDeck, options: LanguageOptions | ((lang: Lang) => LanguageOptions) = {}, onBuilt?: (dir: string, lang: Lang) => void): Promise<string[]> {
  const optionsFor = typeof options === 'function' ? options : () => options;
  const dirs = [await buildDeck(outDir, { ...optionsFor('en'), deck: { compiled: loaded } })];
  onBuilt?.(dirs[0]!, 'en');
  for (const t of loaded.translations) {
    const dir = await buildDeck(join(outDir, LOCALES[t.lang].folder.replace(/\/$/, '')), { ...optionsFor(t.lang), deck: { compiled: translationBuild(loaded, t.lang), inSite: true } });
    dirs.push(dir);
    onBuilt?.(dir, t.lang);
  }
  return dirs;
}
