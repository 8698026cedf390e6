// Deck-level reading level on the readability corpus, in the formulas of the deck's language
// (src/check/readability/languages.ts; content-standards.md G5, A13):
//  - smog-grade: English, SMOG at most 8 (needs at least 30 complete sentences);
//  - sol-grade: Spanish, SOL (the Spanish SMOG) at most 8 (needs at least 30);
//  - inflesz-score: Spanish, INFLESZ at least 55 ("normal" or easier).
// Each rule applies to its own language only; a deck is never scored with another's formulas.

import { READABILITY, MAX_SMOG_GRADE } from '../readability/languages.ts';
import { SMOG_MIN_SENTENCES } from '../readability/scores.ts';
import { INFLESZ_MIN, SOL_MAX, SOL_MIN_SENTENCES } from '../readability/spanish/scores.ts';
import { DECK, type Rule } from '../rule.ts';

export { MAX_SMOG_GRADE } from '../readability/languages.ts';

function gateRule(id: string, description: string): Rule {
  return {
    id,
    severity: 'error',
    description,
    check: ({ compiled, corpus }) => {
      const r = READABILITY[compiled.lang ?? 'en'];
      return r
        .gates(r.score(corpus.map((s) => s.text)), 'the readability corpus')
        .filter((g) => g.rule === id)
        .map((g) => ({ slide: DECK, message: g.message, fix: g.fix }));
    },
  };
}

export const smogGrade = gateRule('smog-grade', `English: deck-level SMOG grade at most ${MAX_SMOG_GRADE} (needs at least ${SMOG_MIN_SENTENCES} complete sentences).`);
export const solGrade = gateRule('sol-grade', `Spanish: deck-level SOL grade (the Spanish SMOG, Contreras 1999) at most ${SOL_MAX} (needs at least ${SOL_MIN_SENTENCES} complete sentences).`);
export const infleszScore = gateRule('inflesz-score', `Spanish: deck-level INFLESZ (Szigriszt-Pazos) at least ${INFLESZ_MIN}.`);
