// Dates the deck tells its readers to rely on have not passed: "Next check of the facts: by June
// 1, 2027" (meta.reviewDate) and, while a clinical review covers the content, "Next review due".
// With the clock past either, the deck used to go on showing it as current, with no warning
// anywhere. The about slide now says "(past due: not done yet)" (src/model/compile.ts,
// overdueDates) and this warns, saying who acts and how. Judged against the loader's clock only:
// a deck compiled without `today` (tests, fixtures) has nothing past due.

import { longDate } from '../../model/dates.ts';
import { DECK, type Rule } from '../rule.ts';

export const reviewDue: Rule = {
  id: 'review-due',
  severity: 'warning',
  scope: 'deck',
  description: 'The next check of the facts (meta.reviewDate) and the next clinical review are not past due.',
  check: ({ compiled }) =>
    compiled.overdue.map((o) =>
      o.what === 'facts'
        ? {
            slide: DECK,
            message: `the facts were due to be checked again by ${longDate(o.due)} (meta.reviewDate in slides/index.ts), and it is now ${longDate(compiled.today!)}; the about slide says the check is past due`,
            fix: 'For the deck’s editor: check every fact in slides/facts/ against its sources, then set meta.date to the day you checked and meta.reviewDate to a day at most a year after it.',
          }
        : {
            slide: DECK,
            message: `the clinical review ${compiled.review.state === 'current' ? `by ${compiled.review.name} on ${longDate(compiled.review.date)} ` : ''}was due again by ${longDate(o.due)}, and it is now ${longDate(compiled.today!)}; the about slide says the review is past due`,
            fix: 'For the deck’s editor: have a clinician review the deck again, then record it with `npm run review -- --name "…" --role "…"`.',
          },
    ),
};
