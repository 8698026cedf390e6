// Loading a deck module for `npm run check` (and `npm run review`): the same loader and the same
// validation as the build (src/load/deck-input.ts), importing the TypeScript modules natively
// (the CLI runs under tsx).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDeckInput, type DeckInput } from './deck-input.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface LoadOptions {
  /** Path to the deck module (its default export is the deck); default slides/index.ts. */
  readonly deck?: string;
  /** Folder of figure files; default: the module's `assets` export, else slides/figures/. */
  readonly figures?: string;
}

/** Throws DeckValidationError (every problem, located) when the deck cannot be checked. */
export function loadDeck(options: LoadOptions = {}): Promise<DeckInput> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return loadDeckInput({
    root: PROJECT_ROOT,
    importer: async (path) => (await import(pathToFileURL(path).href)) as Record<string, unknown>,
    ...(options.deck === undefined ? {} : { deckModule: resolve(cwd, options.deck) }),
    ...(options.figures === undefined ? {} : { figuresDir: resolve(cwd, options.figures) }),
  });
}
