// The clinical review record (slides/review.ts) still covers the content: when anything reviewed
// has changed since, the deck stops saying "Reviewed by …" (src/model/compile.ts) and this warns,
// naming what changed, so the change goes back to a clinician.

import { DECK, type Rule } from '../rule.ts';

export const reviewCurrent: Rule = {
  id: 'review-current',
  severity: 'warning',
  scope: 'deck',
  description: 'The recorded clinical review covers the content as it is now (warns and names what changed since).',
  check: ({ compiled }) => {
    const review = compiled.review;
    if (review.state !== 'changed') return [];
    const what = [...review.changedSlides.map((id) => `slide ${id}`), ...review.otherChanges];
    return [
      {
        slide: DECK,
        message: `the content has changed since the clinical review by ${review.name} on ${review.date}: ${what.join(', ')}; the deck now says it has not been reviewed again`,
        fix: 'Have a clinician review the changes, then record it with `npm run review -- --name "…" --role "…"`.',
      },
    ];
  },
};
