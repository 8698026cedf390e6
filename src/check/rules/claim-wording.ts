// The wrong phrasings a fact is often turned into (its `mustNotSay` in slides/facts/: "in the
// blood", "a new study", "the women had doxorubicin and cyclophosphamide"), and a difference
// claimed where the facts cited say the groups came out about the same ("safer", "more likely to
// die"). Only in sentences that cite those facts: the registry says which wording each fact forbids.

import { citations, claimed, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** "more than 4,000", "no more": not a claimed difference. */
const NOT_A_DIFFERENCE = /\b(?:more|less|fewer)\s+than\s+(?=\d|about|a\b)|\bno\s+(?:more|less)\b|\bmore\s+(?:or\s+less|about)\b|\bor\s+(?:more|less|longer)\b/giu;

export const claimWording: Rule = {
  id: 'claim-wording',
  severity: 'error',
  description: 'No wording the cited facts forbid (their known wrong phrasings), and no difference where they found none.',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    const everywhere = Object.entries(deck.facts ?? {}).flatMap(([id, fact]) => (fact.mustNotSay?.some((w) => w.everywhere) ? [{ id, fact }] : []));
    for (const reading of slides) {
      sentences: for (const s of claimSentences(reading)) {
        const { facts } = citations(s, deck);
        const cited = new Set(facts.map((f) => f.id));
        for (const { id, fact } of [...facts, ...everywhere.filter((f) => !cited.has(f.id))]) {
          for (const wrong of fact.mustNotSay ?? []) {
            if (!cited.has(id) && !wrong.everywhere) continue;
            const m = claimed(s.unquoted, wrong.pattern, words);
            if (!m) continue;
            findings.push(finding(reading, s, `says "${m[0].trim()}" (${wrong.says}), which the fact "${id}" forbids: ${wrong.why}`, `Say what the fact says: "${fact.statement}"`, excerpt));
            continue sentences;
          }
        }
        const compared = facts.filter(({ fact }) => fact.result !== undefined);
        // Another outcome in the same text (waiting was linked with lower survival) may differ: not this rule's to judge.
        const otherOutcome = facts.some(({ fact }) => fact.outcome === 'clinical' && fact.result === undefined);
        if (compared.length === 0 || otherOutcome || compared.some(({ fact }) => fact.result === 'differs')) continue;
        const m = claimed(s.unquoted.replace(NOT_A_DIFFERENCE, (x) => ' '.repeat(x.length)), words.difference, words);
        if (m) findings.push(finding(reading, s, `claims a difference ("${m[0]}"), but the facts it cites (${compared.map((f) => f.id).join(', ')}) found about the same either way`, 'Say "about the same either way"; where the groups did differ (cancer coming back nearby, keeping the breast), cite that fact.', excerpt));
      }
    }
    return findings;
  },
};
