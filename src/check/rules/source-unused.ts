// Every registered source is cited somewhere: by a slide, or by a fact of the registry (a fact
// kept in reserve keeps its source). An unused source is probably a forgotten claim.

import { DECK, type Rule } from '../rule.ts';

export const sourceUnused: Rule = {
  id: 'source-unused',
  severity: 'warning',
  scope: 'deck',
  description: 'Every source in the registry is cited by a slide or by a fact of the registry.',
  check: ({ deck, slides }) => {
    const cited = new Set([...slides.flatMap((s) => s.cited), ...Object.values(deck.facts ?? {}).flatMap((f) => f.sources)]);
    return Object.keys(deck.sources)
      .filter((id) => !cited.has(id))
      .map((id) => ({
        slide: DECK,
        message: `source "${id}" is in slides/sources.ts but no slide cites it`,
        fix: 'Cite it on the slide whose claim it supports, or remove it from the registry.',
      }));
  },
};
