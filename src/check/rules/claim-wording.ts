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
import { citations, claimed, claimSentences, finding, negates, wordsFor } from '../claims/cited.ts';
import { everyOf, firstOf, type ClaimWords } from '../claims/words.ts';
import { withFlags } from '../claims/match.ts';
import { clauses, excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** The baseline group of a comparison ("compared with chemo after surgery", "than surgery first") and the text with its name blanked out, when the sentence names one. */
function withoutBaseline(clause: string, names: { first: RegExp; second: RegExp }, words: ClaimWords): { baseline: 'first' | 'second'; rest: string } | undefined {
  for (const m of clause.matchAll(words.baseline)) {
    const after = clause.slice(m.index + m[0].length);
    for (const side of ['first', 'second'] as const) {
      const at = new RegExp(`^(?:(?:${words.baselineLead})\\s+){0,3}(?:${names[side].source})`, 'iu').exec(after);
      if (at) {
        const start = m.index;
        const end = m.index + m[0].length + at[0].length;
        return { baseline: side, rest: clause.slice(0, start) + ' '.repeat(end - start) + clause.slice(end) };
      }
    }
  }
  return undefined;
}

const everyOfBaseline = (text: string, words: ClaimWords): boolean => withFlags(words.baseline, 'iu').test(text);

/** Which group a clause says had more of what `fact` compares, or undefined when it does not say. */
function claimedHigher(whole: string, fact: Fact, words: ClaimWords): 'first' | 'second' | undefined {
  const { measure, arms } = fact.compares!;
  if (!measure.test(whole)) return undefined;
  const names = words.arms[arms];
  // "Compared with chemo after surgery, chemo before surgery carries a higher risk": the baseline
  // group named after "compared with" is the other side; the group named elsewhere is the subject.
  const base = withoutBaseline(whole, names, words);
  const clause = base ? base.rest : whole;
  let first = names.first.test(clause);
  let second = names.second.test(clause);
  if (base) {
    if (base.baseline === 'first') first = false;
    else second = false;
    if (!first && !second) (base.baseline === 'first' ? (second = true) : (first = true));
  }
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
      sentences: for (const s of claimSentences(reading, words)) {
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
        // Clause by clause, and the whole sentence when it names a baseline ("compared with …"). A
        // clause that names no group speaks of the one group the sentence names elsewhere ("Chemo
        // first is standard, and it lowers …": "it" is chemo first), so it is read with that name.
        const turned = against.flatMap(({ id, fact }) => {
          const names = words.arms[fact.compares!.arms];
          const named = [names.first, names.second].map((re) => firstOf(re).exec(s.unquoted));
          const only = (named[0] === null) !== (named[1] === null) ? (named[0] ?? named[1])![0] : undefined;
          const pieces = clauses(s.unquoted, words.clauseSplit).map((c) => (only && !names.first.test(c) && !names.second.test(c) ? `${only} ${c}` : c));
          if (everyOfBaseline(s.unquoted, words)) pieces.push(s.unquoted);
          return pieces.flatMap((clause) => {
            const higher = claimedHigher(clause, fact, words);
            if (higher === undefined || higher === fact.compares!.higher) return [];
            const [first, second] = words.armLabels[fact.compares!.arms];
            const says = `more with ${higher === 'first' ? first : second}`;
            return [fact.compares!.higher === 'neither' ? `says ${says}, but the fact "${id}" found about the same either way` : `says ${says}: the fact "${id}" found the opposite`];
          });
        });
        if (turned.length > 0) {
          findings.push(finding(reading, s, turned[0]!, 'Say it the way the fact has it (which group had more, or "about the same either way"); check which group is which.', excerpt));
          continue;
        }
        // A definition that swaps the groups: "Neoadjuvant chemo means chemo given after surgery".
        const defined = words.defines.exec(s.unquoted);
        const swapped = defined
          ? (Object.keys(words.arms) as (keyof ClaimWords['arms'])[]).find((arms) => {
              const names = words.arms[arms];
              const [term, meaning] = [defined[1]!, defined[2]!];
              return (names.first.test(term) && names.second.test(meaning) && !names.first.test(meaning)) || (names.second.test(term) && names.first.test(meaning) && !names.second.test(meaning));
            })
          : undefined;
        if (swapped && !negates(defined![1]!, words)) {
          const [a, b] = words.armLabels[swapped];
          findings.push(finding(reading, s, `defines one group by the other (${a} / ${b})`, 'Say what the term means as the glossary has it: neoadjuvant is chemo before surgery, adjuvant after.', excerpt));
          continue;
        }
        // Harm or benefit of a treatment, with no cited difference to show it.
        const harm = claimed(s.unquoted, words.harmOrBenefit, words);
        // A cited comparison that found a difference backs it, if the sentence names what it measured or one of its groups ("putting off chemo could be harmful").
        const backs = ({ fact }: { fact: Fact }) =>
          fact.compares !== undefined &&
          fact.compares.higher !== 'neither' &&
          (fact.compares.measure.test(s.unquoted) || (fact.compares.arms === 'late-early' && words.arms['late-early'].first.test(s.unquoted)));
        if (harm && words.treatment.test(s.unquoted) && !facts.some(backs)) {
          findings.push(finding(reading, s, `says "${harm[0]}" of a treatment, but no fact it cites shows such a difference`, 'Say what the trials found (spread and deaths about the same either way); leave out words like risky, dangerous or safer.', excerpt));
          continue;
        }
        // The comparisons the sentence speaks of: those whose measure it names ("risk of death"), else all it cites.
        const withResult = facts.filter(({ fact }) => fact.result !== undefined);
        const named = withResult.filter(({ fact }) => fact.compares?.measure.test(s.unquoted));
        const compared = named.length > 0 ? named : withResult;
        // Another outcome in the same text (waiting was linked with lower survival) may differ: not this rule's to judge.
        const otherOutcome = facts.some(({ fact }) => fact.outcome === 'clinical' && fact.result === undefined);
        if (compared.length === 0 || otherOutcome || compared.some(({ fact }) => fact.result === 'differs')) continue;
        const m = claimed(s.unquoted.replace(words.notADifference, (x) => ' '.repeat(x.length)), words.difference, words);
        if (m) findings.push(finding(reading, s, `claims a difference ("${m[0]}"), but the facts it cites (${compared.map((f) => f.id).join(', ')}) found about the same either way`, 'Say "about the same either way"; where the groups did differ (cancer coming back nearby, keeping the breast), cite that fact.', excerpt));
      }
    }
    return findings;
  },
};
