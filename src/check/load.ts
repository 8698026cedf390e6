// Load a deck module for checking. Anything that stops a deck from being checked (the module
// throws or does not exist, no default export, a missing registry, a schema or cross-reference
// problem found by src/model/validate.ts) becomes one DeckLoadError with a plain message.

import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeckValidationError, formatProblem } from '../model/errors.ts';
import type { AnyDeck } from '../model/types.ts';
import { validateDeck } from '../model/validate.ts';
import { figureNames } from '../node/figures.ts';

export const DEFAULT_DECK = resolve(import.meta.dirname, '../../slides/index.ts');

export class DeckLoadError extends Error {
  override readonly name = 'DeckLoadError';
}

export interface LoadOptions {
  /** Path to the deck module (its default export is the deck). */
  readonly deck?: string;
  /** Folder of figure files; default: the module's `assets` export, else slides/figures/. */
  readonly figures?: string;
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function assetsFor(module: Record<string, unknown>, figures: string | undefined): ReadonlySet<string> {
  if (figures !== undefined) {
    try {
      return figureNames(resolve(figures));
    } catch (error) {
      throw new DeckLoadError(`Could not read the figures folder ${figures}: ${firstLine(error)}`);
    }
  }
  const own = module.assets;
  if (own instanceof Set || Array.isArray(own)) return new Set([...own].map(String));
  return figureNames();
}

export async function loadDeck(options: LoadOptions = {}): Promise<AnyDeck> {
  const path = options.deck === undefined ? DEFAULT_DECK : resolve(options.deck);
  const name = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new DeckLoadError(`There is no deck module at ${name}.`);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new DeckLoadError(`The deck module ${name} failed to load: ${firstLine(error)}`);
  }
  const deck = module.default;
  if (!isObject(deck)) throw new DeckLoadError(`${name} has no default export. Export the deck with \`export default deck\`.`);
  for (const registry of ['sources', 'glossary'] as const) {
    if (!isObject(deck[registry])) {
      throw new DeckLoadError(`The deck in ${name} has no \`${registry}\` registry. Import it from slides/${registry}.ts and set it on the deck.`);
    }
  }
  const assets = assetsFor(module, options.figures);
  try {
    validateDeck(deck, { assets });
  } catch (error) {
    if (!(error instanceof DeckValidationError)) throw error;
    const n = error.problems.length;
    throw new DeckLoadError(
      `The deck in ${name} is not valid (${n} problem${n === 1 ? '' : 's'}), so it was not checked:\n` +
        error.problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
  }
  return deck;
}
