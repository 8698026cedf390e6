// A source without a verified date. The schema already demands a year or 'n.d.'; 'n.d.' is an
// honest "no date could be verified" (e.g. an eLetter), so it is a warning to revisit, not an error.

import { DECK, type Rule } from '../rule.ts';

export const sourceYear: Rule = {
  id: 'source-year',
  severity: 'warning',
  scope: 'deck',
  actor: 'fact-checker',
  description: 'Every source has a verified year (year "n.d." is allowed but reported).',
  check: ({ deck }) =>
    Object.entries(deck.sources)
      .filter(([, source]) => source.year === 'n.d.')
      .map(([id]) => ({
        slide: DECK,
        message: `source "${id}" has no verified year ("n.d.")`,
        fix: 'Find the publication date and set `year`, or keep "n.d." if it truly cannot be verified.',
      })),
};
