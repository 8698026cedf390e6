// A slide that cites sources says what kind of evidence they are (the badge the audience sees).
// The title slide is the exception: it may carry no badge at all (types.ts, validate.ts).

import type { Rule } from '../rule.ts';

export const evidenceBadge: Rule = {
  id: 'evidence-badge',
  severity: 'error',
  description: 'Every slide that cites sources carries an evidence badge (the title slide never does).',
  check: ({ slides }) =>
    slides
      .filter(({ slide, cited }) => slide.kind !== 'title' && cited.length > 0 && slide.evidence.length === 0)
      .map(({ slide }) => ({
        slide: slide.id,
        message: 'cites sources but has no evidence badge',
        fix: 'Set `evidence` to the kind of study behind the claims (mouse-study, human-tissue-study, randomized-trials, ...).',
      })),
};
