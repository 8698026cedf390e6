// What every render function needs to know besides the block it draws.

import { sourceHomes, sourceNumbers, termHomes } from '../model/deck.ts';
import type { AnyDeck } from '../model/types.ts';

/** A figure file: SVG markup to inline, or the URL of a raster image. */
export type Asset = { readonly kind: 'svg'; readonly markup: string } | { readonly kind: 'url'; readonly url: string };
export type AssetMap = ReadonlyMap<string, Asset>;

export interface RenderContext {
  readonly doc: Document;
  readonly deck: AnyDeck;
  readonly assets: AssetMap;
  readonly sourceNumber: ReadonlyMap<string, number>;
  /** Slide id that lists each source in full. */
  readonly sourceHome: ReadonlyMap<string, string>;
  /** Slide id that lists each glossary term. */
  readonly termHome: ReadonlyMap<string, string>;
  /** Id of the slide being rendered (prefix for ids inside it). */
  readonly slideId: string;
}

export function createContext(deck: AnyDeck, doc: Document, assets: AssetMap): Omit<RenderContext, 'slideId'> {
  return {
    doc,
    deck,
    assets,
    sourceNumber: sourceNumbers(deck),
    sourceHome: sourceHomes(deck),
    termHome: termHomes(deck),
  };
}
