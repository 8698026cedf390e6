// A sentence that states a finding, a number, a population, a treatment or a causal link rests
// on a fact of the registry (slides/facts/): "bind it to a fact or reword it as framing". The
// detector wants recall more than precision: a false alarm costs the author one `facts: [...]`;
// a factual sentence that nobody bound is one nobody checked. (The sentence that defines a term,
// `define: true`, rests on the glossary; advice is claim-advice's.)

import { adviceIn, wordedAsAdvice } from '../claims/advice.ts';
import { citations, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { numberTokens } from '../claims/numbers.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

export const claimBound: Rule = {
  id: 'claim-bound',
  severity: 'error',
  description: 'Every factual sentence (a number, a finding, who was studied, a treatment, a cause) cites the facts it rests on.',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        if (s.defines.length > 0 || adviceIn(s.unquoted, words).length > 0) continue;
        // A recommendation backs advice, not a finding: a sentence that gives none must cite a fact.
        const { facts } = citations(s, deck);
        if (facts.length > 0 || (s.facts.length > 0 && (!deck.advice || wordedAsAdvice(s.unquoted, words)))) continue;
        const number = numberTokens(s.unquoted, words).find((t) => !('weak' in t && t.weak));
        const trigger = number ? `the number "${number.text}"` : words.factual.exec(s.unquoted)?.[0];
        if (trigger === undefined) continue;
        findings.push(
          finding(reading, s, `states something factual (${number ? trigger : `"${trigger}"`}) but cites no fact${s.facts.length > 0 ? ' (only recommendations, which back advice)' : ''}`, 'Bind it to the facts it rests on (`{ text, facts: [...] }`, ids from slides/facts/), or reword it as framing with no claim in it.', excerpt),
        );
      }
    }
    return findings;
  },
};
