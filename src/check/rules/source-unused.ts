// Every registered source is cited somewhere (an unused source is probably a forgotten claim).

import { DECK, type Rule } from '../rule.ts';

export const sourceUnused: Rule = {
  id: 'source-unused',
  severity: 'warning',
  scope: 'deck',
  description: 'Every source in the registry is cited by at least one slide.',
  check: ({ deck, slides }) => {
    const cited = new Set(slides.flatMap((s) => s.cited));
    return Object.keys(deck.sources)
      .filter((id) => !cited.has(id))
      .map((id) => ({
        slide: DECK,
        message: `source "${id}" is in slides/sources.ts but no slide cites it`,
        fix: 'Cite it on the slide whose claim it supports, or remove it from the registry.',
      }));
  },
};
