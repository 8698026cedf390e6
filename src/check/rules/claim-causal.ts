// Causal wording ("led to", "causes", "makes … spread", "raises the risk") only where every fact
// the sentence cites allows it: the mouse experiments did (in mice), the randomized trials did for
// keeping the breast; a tissue marker, a link in health records or a "no difference" never does.

import { citations, claimed, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { aboutSomebody } from './claim-population.ts';

export const claimCausal: Rule = {
  id: 'claim-causal',
  severity: 'error',
  description: 'Causal wording only when every fact the sentence cites allows it.',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        if (s.facts.length === 0 && s.defines.length === 0) continue; // claim-bound reports it
        const { facts } = citations(s, deck);
        // What a causal verb could be about: the outcomes (clinical, markers) of somebody, not how
        // a study was run or what a word means.
        const outcomes = aboutSomebody(facts).filter(({ fact }) => fact.outcome === 'clinical' || fact.outcome === 'marker');
        const weighed = outcomes.length > 0 ? outcomes : facts;
        const forbidding = weighed.filter(({ fact }) => !fact.causal);
        if (weighed.length > 0 && forbidding.length === 0) continue;
        for (const { name, pattern } of words.causal) {
          const m = claimed(s.unquoted, pattern, words);
          if (!m) continue;
          const who = forbidding.length > 0 ? `the fact ${forbidding.map((f) => `"${f.id}"`).join(', ')} allows no causal wording` : 'it cites no fact that allows causal wording';
          findings.push(finding(reading, s, `says "${m[0]}" (${name}), but ${who}`, 'Say what was measured or linked ("was linked with", "tended to have"), or say "in mice" and cite the mouse facts; quote a claim in double quotes to correct it.', excerpt));
          break;
        }
      }
    }
    return findings;
  },
};
