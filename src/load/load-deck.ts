// Loading the deck for a command, once: the deck module, local.ts, review.ts, handout.ts and the
// figures, imported natively (the commands run under tsx) and validated (deck-input.ts), then
// every edition compiled once (src/model/editions.ts). The build is handed the result through
// the deck plugin's options, so no command loads a slide module twice or through two loaders;
// only the dev server reads the slides through Vite's module runner (it re-reads edited files).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { refuseCharacters } from '../model/characters.ts';
import { compileEditions, type CompiledEditions } from '../model/editions.ts';
import type { Lang } from '../model/locales.ts';
import type { TranslationInput } from './translations.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { loadDeckInput, type DeckInput, type DeckInputOptions, type Importer } from './deck-input.ts';

export { PROJECT_ROOT };

interface LoadOptions {
  /** Path to the deck module (its default export is the deck); default slides/index.ts. */
  readonly deck?: string;
  /** Folder of figure files; default: the module's `assets` export, else slides/figures/. */
  readonly figures?: string;
  /** What `deck` and `figures` are relative to: where the person ran the command (npm's INIT_CWD). */
  readonly cwd?: string;
}

/** A translation of the deck, loaded and every edition compiled (src/load/translations.ts). */
export type LoadedTranslation = CompiledEditions & {
  readonly lang: Lang;
  readonly input: DeckInput;
  readonly source: TranslationInput;
};

/** A deck as one command loaded and compiled it. */
export type LoadedDeck = CompiledEditions & {
  readonly input: DeckInput;
  /** Every module read (for the dev server's watcher). */
  readonly files: readonly string[];
  /** The deck in its other languages, each compiled (none for fixture decks). */
  readonly translations: readonly LoadedTranslation[];
};

/** Node's own import() (tsx compiles TypeScript on the way in); vitest answers it with its runner. */
const nativeImport: Importer = async (path) => (await import(pathToFileURL(path).href)) as Record<string, unknown>;

/** Which modules and figures make the deck (absolute paths; each has a default). */
type DeckLocation = Omit<DeckInputOptions, 'root' | 'importer'>;

/** Where a deck is, from paths as the person typed them. */
export function deckLocation(options: LoadOptions = {}): DeckLocation {
  const cwd = options.cwd ?? process.env.INIT_CWD ?? process.cwd();
  return {
    ...(options.deck === undefined ? {} : { deckModule: resolve(cwd, options.deck) }),
    ...(options.figures === undefined ? {} : { figuresDir: resolve(cwd, options.figures) }),
  };
}

/** Throws DeckValidationError (every problem, located) when the deck cannot be used. */
export function loadDeck(options: LoadOptions = {}): Promise<DeckInput> {
  return loadDeckFrom(deckLocation(options));
}

/** The same, with the modules given by absolute path (as the deck plugin's options name them). */
export function loadDeckFrom(location: DeckLocation = {}): Promise<DeckInput> {
  const { deckModule, localModule, reviewModule, handoutModule, figuresDir } = location;
  return loadDeckInput({ root: PROJECT_ROOT, importer: nativeImport, deckModule, localModule, reviewModule, handoutModule, figuresDir });
}

interface CompileOptions {
  /**
   * `refuse` (default): a deck with an invisible character or an emoji in its text, in any
   * language, throws DeckValidationError (exit 3), so nothing is built or printed from it.
   * `report`: compiled anyway, for `npm run check`, which reports them with its other findings.
   */
  readonly characters?: 'refuse' | 'report';
}

/** Every edition compiled once, from a loaded deck. */
export function compileLoaded(input: DeckInput, options: CompileOptions = {}): LoadedDeck {
  const translations = input.translations.map((t): LoadedTranslation => ({ lang: t.lang, input: t.input, source: t, ...compileEditions({ ...t.input, translation: t.translation }) }));
  const loaded: LoadedDeck = { input, ...compileEditions(input), files: input.files, translations };
  if (options.characters !== 'report') refuseCharacters([...loaded.editions, ...translations.flatMap((t) => t.editions)]);
  return loaded;
}
