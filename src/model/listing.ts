// Which sources each edition's sources slides list, and in what order (their numbers).
//
// The full edition lists exactly what its references blocks name, in that order. A shorter
// edition lists only the sources its own slides cite, in registry order, poured into its sources
// slides in turn: each holds as many as its references block names in the full deck (what was
// laid out to fit). Too many sources, or a sources slide left empty, is a problem for the editor.

import type { DeckProblem } from './errors.ts';
import type { FactRegistry } from './facts.ts';
import { runs, slideTextParts } from './text.ts';
import { FULL_EDITION, type AnyDeck, type AnySlide } from './types.ts';

/**
 * Sources a slide rests on: its `sources` list, any inline citations, and the sources of every
 * fact it cites (so a cited fact's source is always on the slide's source line), in first-seen order.
 */
export function citedSources(slide: AnySlide, facts: FactRegistry = {}): string[] {
  const ids = new Set<string>(slide.sources);
  for (const part of slideTextParts(slide)) {
    for (const run of runs(part.text)) if (typeof run !== 'string' && 'cite' in run) ids.add(run.cite);
    for (const id of part.facts) for (const s of facts[id]?.sources ?? []) ids.add(s);
  }
  return [...ids];
}

/** The slides of an edition, in order (validated input: every id exists). */
export function editionSlides(deck: AnyDeck, edition: string): readonly AnySlide[] {
  if (edition === FULL_EDITION) return deck.slides;
  const order = deck.editions?.[edition];
  if (!order) throw new Error(`The deck has no edition "${edition}". Editions: ${editionNames(deck).join(', ')}.`);
  const byId = new Map<string, AnySlide>(deck.slides.map((s) => [s.id, s]));
  return order.map((id) => byId.get(id)!);
}

export const editionNames = (deck: AnyDeck): string[] => [FULL_EDITION, ...Object.keys(deck.editions ?? {})];

/** For each references block (by slide id and block index): the source ids it lists, in order. */
export type Listing = ReadonlyMap<string, ReadonlyMap<number, readonly string[]>>;

export function sourceListing(deck: AnyDeck, edition: string): { listing: Listing; problems: DeckProblem[] } {
  const slides = editionSlides(deck, edition);
  const listing = new Map<string, Map<number, readonly string[]>>();
  const blocks = slides.flatMap((slide) =>
    slide.body.flatMap((block, index) => (block.type === 'references' ? [{ slide: slide.id, index, capacity: block.ids.length, ids: block.ids }] : [])),
  );
  const put = (slide: string, index: number, ids: readonly string[]) => {
    if (!listing.has(slide)) listing.set(slide, new Map());
    listing.get(slide)!.set(index, ids);
  };
  if (edition === FULL_EDITION) {
    for (const b of blocks) put(b.slide, b.index, b.ids);
    return { listing, problems: [] };
  }
  const cited = new Set(slides.flatMap((s) => citedSources(s, deck.facts)));
  const queue = Object.keys(deck.sources).filter((id) => cited.has(id));
  const problems: DeckProblem[] = [];
  const where = `edition ${edition}`;
  const fix = `Change the list for "${edition}" in the editions of slides/index.ts`;
  for (const b of blocks) {
    const ids = queue.splice(0, b.capacity);
    if (ids.length === 0) problems.push({ where, field: b.slide, message: `the sources slide "${b.slide}" would list nothing (this edition cites ${cited.size} sources)`, fix: `${fix}: leave "${b.slide}" out` });
    put(b.slide, b.index, ids);
  }
  if (queue.length > 0) {
    const room = blocks.reduce((n, b) => n + b.capacity, 0);
    problems.push({
      where,
      field: 'sources',
      message: `its slides cite ${cited.size} sources, but its sources slides hold ${room}`,
      fix: `${fix}: add another sources slide (kind "sources") from the full deck`,
    });
  }
  return { listing, problems };
}
