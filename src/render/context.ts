// What every render function needs to know besides the block it draws.

import type { CompiledDeck } from '../model/compiled.ts';

/** A figure file: SVG markup to inline, or the URL of a raster image. */
export type Asset = { readonly kind: 'svg'; readonly markup: string } | { readonly kind: 'url'; readonly url: string };
export type AssetMap = ReadonlyMap<string, Asset>;

export interface RenderContext {
  readonly doc: Document;
  readonly deck: CompiledDeck;
  readonly assets: AssetMap;
  /** Id of the slide being rendered (prefix for ids inside it). */
  readonly slideId: string;
}
