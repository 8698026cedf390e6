// A slide that cites sources says what kind of evidence they are (the badge the audience sees).
// Slides that present no findings carry none (UNBADGED_KINDS: the title, questions, teach-back,
// words to know, sources, about).

import { UNBADGED_KINDS } from '../../model/evidence.ts';
import type { Rule } from '../rule.ts';

export const evidenceBadge: Rule = {
  id: 'evidence-badge',
  severity: 'error',
  description: 'Every slide that presents findings and cites sources carries an evidence badge.',
  check: ({ slides }) =>
    slides
      .filter(({ slide, cited }) => !UNBADGED_KINDS.has(slide.kind) && cited.length > 0 && slide.evidence.length === 0)
      .map(({ slide }) => ({
        slide: slide.id,
        message: 'cites sources but has no evidence badge',
        fix: 'Set `evidence` to the kind of study behind the claims (mouse-study, human-tissue-study, randomized-trials, ...).',
      })),
};
