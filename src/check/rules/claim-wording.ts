// The wrong phrasings a fact is often turned into (its `mustNotSay` in slides/facts/: "in the
// blood", "a new study", "the women had doxorubicin and cyclophosphamide"; in sentences that cite
// it, or anywhere for the phrasings marked `everywhere`), and comparisons told wrong:
//  - a difference where the cited facts found about the same ("safer", "more likely to die");
//  - a direction against a fact's `compares` ("more women kept their breast with chemo after
//    surgery", "in mice, chemo made tumors grow faster"), checked against the comparisons the
//    sentence cites, or, when it cites none that fits, against every comparison of the registry;
//  - harm or benefit said of a treatment ("too risky", "the safer choice") that no cited fact
//    shows as a difference.

import type { Fact } from '../../model/facts.ts';
import { citations, claimed, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { everyOf, type ClaimWords } from '../claims/words.ts';
import { clauses, excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** "more than 4,000", "no more": not a claimed difference. */
const NOT_A_DIFFERENCE = /\b(?:more|less|fewer)\s+than\s+(?=\d|about|a\b)|\bno\s+(?:more|less)\b|\bmore\s+(?:or\s+less|about)\b|\bor\s+(?:more|less|longer)\b/giu;

const ARM_NAMES = {
  'before-after': ['chemo before surgery', 'chemo after surgery'],
  'chemo-none': ['chemo', 'no chemo'],
  'late-early': ['starting chemo late', 'starting it early'],
} as const;

/** Which group a clause says had more of what `fact` compares, or undefined when it does not say. */
function claimedHigher(clause: string, fact: Fact, words: ClaimWords): 'first' | 'second' | undefined {
  const { measure, arms } = fact.compares!;
  if (!measure.test(clause)) return undefined;
  const names = words.arms[arms];
  const first = names.first.test(clause);
  const second = names.second.test(clause);
  if (first === second) return undefined; // both groups named, or neither: it compares nothing
  // Direction words inside a group's name ("3 months or more") are not a direction.
  const bare = clause.replace(everyOf(names.first), (m) => ' '.repeat(m.length)).replace(everyOf(names.second), (m) => ' '.repeat(m.length));
  const more = claimed(bare, words.more, words) !== undefined;
  const less = claimed(bare, words.less, words) !== undefined;
  if (more === less) return undefined;
  return more === first ? 'first' : 'second';
}

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
        // A direction against a comparison: the cited ones that fit the sentence, else any in the registry.
        const mice = words.animals.test(s.unquoted) || facts.some(({ fact }) => fact.population.kind === 'mice');
        const fits = (fact: Fact) => fact.compares !== undefined && fact.compares.measure.test(s.unquoted) && (fact.population.kind === 'mice') === mice;
        const citedFits = facts.filter(({ fact }) => fits(fact));
        // Uncited, a tissue study's comparison applies only to a sentence about people (not to "drugs that block doorways").
        const people = words.people.test(s.unquoted);
        const against =
          citedFits.length > 0
            ? citedFits
            : Object.entries(deck.facts ?? {})
                .filter(([, fact]) => fits(fact) && (fact.population.kind !== 'tissue' || people))
                .map(([id, fact]) => ({ id, fact }));
        const turned = clauses(s.unquoted).flatMap((clause) =>
          against.flatMap(({ id, fact }) => {
            const higher = claimedHigher(clause, fact, words);
            if (higher === undefined || higher === fact.compares!.higher) return [];
            const [first, second] = ARM_NAMES[fact.compares!.arms];
            const says = `more with ${higher === 'first' ? first : second}`;
            return [fact.compares!.higher === 'neither' ? `says ${says}, but the fact "${id}" found about the same either way` : `says ${says}: the fact "${id}" found the opposite`];
          }),
        );
        if (turned.length > 0) {
          findings.push(finding(reading, s, turned[0]!, 'Say it the way the fact has it (which group had more, or "about the same either way"); check which group is which.', excerpt));
          continue;
        }
        // Harm or benefit of a treatment, with no cited difference to show it.
        const harm = claimed(s.unquoted, words.harmOrBenefit, words);
        if (harm && words.treatment.test(s.unquoted) && !facts.some(({ fact }) => fact.compares !== undefined && fact.compares.higher !== 'neither' && fact.compares.measure.test(s.unquoted))) {
          findings.push(finding(reading, s, `says "${harm[0]}" of a treatment, but no fact it cites shows such a difference`, 'Say what the trials found (spread and deaths about the same either way); leave out words like risky, dangerous or safer.', excerpt));
          continue;
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
