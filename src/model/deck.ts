// Facts derived from a whole deck that several parts need (numbering, where things are listed).

import { listedSources } from './text.ts';
import type { AnyDeck, SlideKind } from './types.ts';

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

/** The id of the first slide of a kind (e.g. the glossary slide), if the deck has one. */
export function slideIdOfKind(deck: AnyDeck, kind: SlideKind): string | undefined {
  return deck.slides.find((s) => s.kind === kind)?.id;
}
