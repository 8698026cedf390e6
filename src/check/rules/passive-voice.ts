// Passive voice in at most 20 % of the readability corpus (PEMAT item 5: active voice at least
// 80 % of the time). Deck-level, naming the slides with the most passive sentences.

import { READABILITY } from '../readability/languages.ts';
import { DECK, type Rule } from '../rule.ts';

export const MAX_PASSIVE_SHARE = 0.2;

export const passiveVoice: Rule = {
  id: 'passive-voice',
  severity: 'warning',
  description: `Passive voice in at most ${MAX_PASSIVE_SHARE * 100} % of sentences (body text and notes).`,
  check: ({ compiled, slides, corpus }) => {
    const { isPassive } = READABILITY[compiled.lang ?? 'en'];
    const perSlide = slides
      .map(({ slide, corpus: own }) => ({ id: slide.id, n: own.filter((s) => isPassive(s.text)).length }))
      .filter((s) => s.n > 0)
      .sort((a, b) => b.n - a.n);
    const passive = perSlide.reduce((n, s) => n + s.n, 0);
    if (corpus.length === 0 || passive / corpus.length <= MAX_PASSIVE_SHARE) return [];
    const worst = perSlide.slice(0, 3).map((s) => `${s.id} (${s.n})`).join(', ');
    return [
      {
        slide: DECK,
        message: `${passive} of ${corpus.length} sentences (${Math.round((100 * passive) / corpus.length)} %) are in the passive voice, most on ${worst}`,
        fix: 'Put the doer first: "Researchers looked at tissue", not "Tissue was looked at".',
      },
    ];
  },
};
