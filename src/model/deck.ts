// Facts derived from a whole deck that several parts need (numbering, where things are listed).

import { listedSources } from './text.ts';
import type { AnyDeck } from './types.ts';

/** Source numbers as printed on the sources slides: registry order, starting at 1. */
export function sourceNumbers(deck: AnyDeck): ReadonlyMap<string, number> {
  return new Map(Object.keys(deck.sources).map((id, i) => [id, i + 1]));
}

/** The slide that lists each source in full (its references block). */
export function sourceHomes(deck: AnyDeck): ReadonlyMap<string, string> {
  const homes = new Map<string, string>();
  for (const slide of deck.slides) for (const id of listedSources(slide)) if (!homes.has(id)) homes.set(id, slide.id);
  return homes;
}

/** The slide that lists each glossary term (its glossary block). */
export function termHomes(deck: AnyDeck): ReadonlyMap<string, string> {
  const homes = new Map<string, string>();
  for (const slide of deck.slides)
    for (const block of slide.body) if (block.type === 'glossary') for (const id of block.ids) if (!homes.has(id)) homes.set(id, slide.id);
  return homes;
}
