// The registry itself (slides/facts/): every fact is cited by some slide or kept on purpose
// (`reserve`, with why); a kept fact that is cited after all drops `reserve`; every
// recommendation is used; a fact checked after the deck's own "facts last checked" date means the
// date on the about slide is stale. (Sources, denominators and unverified citations are checked
// when the deck loads: src/model/validate.ts.)

import type { Finding, Rule } from '../rule.ts';
import { DECK } from '../rule.ts';

export const factRegistry: Rule = {
  id: 'fact-registry',
  severity: 'error',
  scope: 'deck',
  description: 'Every fact is cited somewhere or kept as a reserve with a reason; every recommendation is used.',
  check: ({ deck, compiled }) => {
    const findings: Finding[] = [];
    const cited = new Set(compiled.slides.flatMap((s) => s.parts.flatMap((p) => p.facts)));
    // A shorter edition may use a notes script the full deck does not: count it too.
    for (const slide of deck.slides) for (const p of slide.notes.short?.say ?? []) if (typeof p === 'object' && !Array.isArray(p) && 'facts' in p) for (const id of p.facts) cited.add(id);
    for (const [id, fact] of Object.entries(deck.facts ?? {})) {
      if (!cited.has(id) && fact.reserve === undefined) findings.push({ slide: DECK, message: `the fact "${id}" is cited by no slide`, fix: 'Cite it where the deck states it, or give it `reserve: "why it is kept"`, or delete it from slides/facts/.' });
      if (cited.has(id) && fact.reserve !== undefined) findings.push({ slide: DECK, message: `the fact "${id}" is marked reserve but a slide cites it`, fix: 'Remove its `reserve` note.' });
      if (fact.checked > deck.meta.date) findings.push({ slide: DECK, message: `the fact "${id}" was checked on ${fact.checked}, after the deck's "facts last checked" date (${deck.meta.date})`, fix: 'Set meta.date in slides/index.ts to the day of the latest check.' });
    }
    for (const id of Object.keys(deck.advice ?? {})) {
      if (!cited.has(id)) findings.push({ slide: DECK, message: `the recommendation "${id}" is cited by no slide`, fix: 'Cite it where the deck gives that advice, or delete it from slides/facts/advice.ts.' });
    }
    return findings;
  },
};
