// What every render function needs to know besides the block it draws.

import type { CompiledDeck } from '../model/compiled.ts';

/** A figure file: SVG markup to inline, or the URL of a raster image. */
export type Asset = { readonly kind: 'svg'; readonly markup: string } | { readonly kind: 'url'; readonly url: string };
export type AssetMap = ReadonlyMap<string, Asset>;

/**
 * Where a defining use of a term and a citation link to. Default (the slides): the slide that
 * lists them (`#/words-to-know`). The reading view points at its own sections instead.
 */
export interface LinkTargets {
  /** The term's definition, or undefined for no link. */
  term(term: string, home: string | undefined): string | undefined;
  /** The source's full reference, or undefined for no link. */
  cite(source: string, home: string | undefined): string | undefined;
}

export interface RenderContext {
  readonly doc: Document;
  readonly deck: CompiledDeck;
  readonly assets: AssetMap;
  /** Id of the slide being rendered (prefix for ids inside it). */
  readonly slideId: string;
  /** Link targets other than the slides' own (see LinkTargets). */
  readonly links?: LinkTargets;
}
