// Deck-level SMOG grade at most 8 on the readability corpus (content-standards.md G5, A13).
// SMOG needs at least 30 sentences; with fewer the gate cannot be checked, which is an error too.

import { countSentences, scores, SMOG_MIN_SENTENCES } from '../readability/scores.ts';
import { DECK, type Rule } from '../rule.ts';

export const MAX_SMOG_GRADE = 8;

export const smogGrade: Rule = {
  id: 'smog-grade',
  severity: 'error',
  description: `Deck-level SMOG grade at most ${MAX_SMOG_GRADE} (needs at least ${SMOG_MIN_SENTENCES} complete sentences).`,
  check: ({ corpus }) => {
    const counts = countSentences(corpus.map((s) => s.text));
    const { smog } = scores(counts);
    if (smog === null) {
      return [
        {
          slide: DECK,
          message: `insufficient sample: the readability corpus has ${counts.sentence} complete sentences, SMOG needs ${SMOG_MIN_SENTENCES}`,
          fix: 'Write body text and speaker notes as complete sentences ending in . ? or !',
        },
      ];
    }
    if (smog <= MAX_SMOG_GRADE) return [];
    return [
      {
        slide: DECK,
        message: `SMOG grade is ${smog.toFixed(1)} (at most ${MAX_SMOG_GRADE}); ${counts.polysillabicWord} words of 3+ syllables in ${counts.sentence} sentences`,
        fix: 'Use shorter, everyday words (fewer words of three or more syllables) and shorter sentences.',
      },
    ];
  },
};
