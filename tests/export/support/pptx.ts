// The PowerPoint files the tests look at, built from the real deck (slides/index.ts, loaded as the
// check loads it) for every edition, with fixed pictures for the figures. support/pptx-read.ts
// reads them back.
import { loadDeck } from '../../../src/load/load-deck.ts';
import { compileDeck } from '../../../src/model/compile.ts';
import type { CompiledDeck } from '../../../src/model/compiled.ts';
import type { LocalDetails } from '../../../src/model/local.ts';
import { FULL_EDITION } from '../../../src/model/types.ts';
import { writePptx, type FigureImages } from '../../../src/export/pptx/writer.ts';
import clinic from '../../fixtures/local/full-local.ts';

/** The clinic's details with a published reading view, so every link kind is in the file. */
export const CLINIC: LocalDetails = { ...clinic, readingViewUrl: 'https://example.org/tmem/read.html' };

/** A 1 × 1 white PNG: the pure writer's figures (their size, below, sets the layout). */
export const FIXED_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64'));

export const input = await loadDeck();
export const editions = [FULL_EDITION, ...Object.keys(input.deck.editions ?? {})];

/** Fixed pictures for every figure, sized as twice their viewBox, as figures.ts sizes them. */
export const fixedFigures: FigureImages = new Map(
  [...input.figures].map(([name, svg]) => {
    const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(/[\s,]+/).map(Number);
    return [name, { png: FIXED_PNG, width: w! * 2, height: h! * 2 }];
  }),
);

export interface Case {
  readonly name: string;
  readonly compiled: CompiledDeck;
}

export function compileCase(edition: string, local: LocalDetails, lang?: string): CompiledDeck {
  const deck = lang ? { ...input.deck, meta: { ...input.deck.meta, lang } } : input.deck;
  return compileDeck({ deck, edition, local, review: input.review, figures: input.figures });
}

/** Every edition with the clinic's details; the full edition as shipped (no details) and in Spanish. */
export const cases: readonly Case[] = [
  ...editions.map((edition) => ({ name: `${edition} edition, a clinic's details`, compiled: compileCase(edition, CLINIC) })),
  { name: 'full edition as shipped (no local details)', compiled: compileCase(FULL_EDITION, input.local) },
  { name: 'full edition with meta.lang "es"', compiled: compileCase(FULL_EDITION, CLINIC, 'es') },
];

export const build = (compiled: CompiledDeck, figures: FigureImages = fixedFigures): Promise<Uint8Array> => writePptx(compiled, figures);

export { children, Package, paragraphs, sha256, zipEntries, type ZipEntry } from './pptx-read.ts';
