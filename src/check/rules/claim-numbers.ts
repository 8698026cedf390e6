// Every number in a sentence is a number of one of the facts it cites, shown the way that fact
// allows: "38 in 100", not "38%"; "about 20 women", not "twenty" or "all 20"; no invented mouse
// counts (the mouse facts have none), no trial ten times too big, no relative numbers without a
// baseline. A number shown with `{ num }` is right by construction; one typed by hand is checked.

import { citations, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { numberProblem, numberTokens } from '../claims/numbers.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

export const claimNumbers: Rule = {
  id: 'claim-numbers',
  severity: 'error',
  description: 'Every number is a number of a cited fact, shown as the fact allows ("38 in 100", "about 20").',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    for (const reading of slides) {
      for (const s of claimSentences(reading)) {
        if (s.facts.length === 0 && s.defines.length === 0) continue; // claim-bound reports it
        const numbers = citations(s, deck).facts.flatMap(({ fact }) => Object.values(fact.numbers ?? {}));
        for (const token of numberTokens(s.unquoted, words)) {
          const problem = numberProblem(token, numbers, s.unquoted.slice(0, token.at), words);
          if (problem) {
            findings.push(finding(reading, s, problem, 'Show the number from its fact (`{ num: "fact-id.key" }`) or take it out; never write a number the fact sheet does not give.', excerpt));
            break;
          }
        }
      }
    }
    return findings;
  },
};
