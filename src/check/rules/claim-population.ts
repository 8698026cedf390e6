// Who a sentence is about follows from the facts it cites, not from guessing at its words:
//  - a sentence that cites only mouse facts does not speak of women, patients, people or "you"
//    (except to deny it: "mice are not people"), and a finding in it says "mice";
//  - a sentence that cites only the tissue-marker facts of the 20 women claims no clinical
//    outcome (spread, survival, death) except to deny it, and no quantifier over the women ("all",
//    "most", "half": sources differ on how many);
//  - a sentence about tissue studies claims no design they did not have (random groups, a group
//    without chemo);
//  - a sentence that claims an outcome in people (women, patients, you) cites a fact that shows an
//    outcome in people (a trial, a registry, a tissue study with follow-up): not a drug's status, a
//    marker or a mouse result.

import type { Fact } from '../../model/facts.ts';
import type { CitedFact } from '../claims/cited.ts';
import { citations, claimed, claimSentences, finding, negates, wordsFor } from '../claims/cited.ts';
import { everyOf } from '../claims/words.ts';
import type { ClaimWords } from '../claims/words.ts';
import { clauses, excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** The facts that are about somebody (a date or a definition is about nobody). */
export const aboutSomebody = (facts: readonly CitedFact[]): CitedFact[] => facts.filter(({ fact }) => fact.population.kind !== 'none');

/** A quantifier over people ("all 20 women", "most of them", "every case"), claimed. */
function claimedOver(text: string, words: ClaimWords): RegExpMatchArray | undefined {
  for (const clause of clauses(text, words.clauseSplit)) {
    for (const m of clause.matchAll(everyOf(words.quantifier))) {
      const end = m.index + m[0].length;
      if (words.quantified.test(clause.slice(end)) && !negates(clause.slice(0, m.index), words)) return m;
    }
  }
  return undefined;
}

export const claimPopulation: Rule = {
  id: 'claim-population',
  severity: 'error',
  description: 'A sentence citing only mouse facts is not about people; one citing only tissue markers claims no outcome and no share of the women.',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        const { facts } = citations(s, deck);
        const somebody = aboutSomebody(facts);
        if (somebody.length === 0 && facts.length === 0 && s.defines.length === 0) continue; // claim-bound reports it
        const text = s.unquoted.replace(new RegExp(words.peopleNotClaimed.source, 'giu'), (m) => ' '.repeat(m.length));
        const outcome = claimed(text, words.clinical, words);
        // An outcome said of people in the same clause (not "about 20 women, and more cells in the blood of mice").
        const inPeople = clauses(text, words.clauseSplit).map((c) => ({ people: claimed(c, words.people, words), outcome: claimed(c, words.clinical, words), mice: words.animals.test(c) })).find((c) => c.people && c.outcome && !c.mice);
        const showsPeople = somebody.some(({ fact }) => fact.outcome === 'clinical' && fact.population.kind !== 'mice');
        if (inPeople && !showsPeople && !(somebody.length > 0 && somebody.every(({ fact }) => fact.population.kind === 'mice'))) {
          findings.push(finding(reading, s, `claims an outcome in people ("${inPeople.outcome![0]}") but cites no fact that shows one in people`, 'In people, outcomes come from the trials and the registry study: cite them, or say what was measured (signs in tissue, a drug’s status) without an outcome.', excerpt));
          continue;
        }
        if (somebody.length === 0) continue;
        if (somebody.every(({ fact }) => fact.population.kind === 'mice')) {
          const people = claimed(text, words.people, words);
          if (people) {
            findings.push(finding(reading, s, `cites only mouse facts (${somebody.map((f) => f.id).join(', ')}) but speaks of "${people[0]}"`, 'A mouse result is about mice: say "in mice", and say what was found in people only with the facts about people (or say it was not shown in people).', excerpt));
            continue;
          }
          // A sentence that also cites what a thing is (a definition) may describe it without "mice".
          const defining = citations(s, deck).facts.some(({ fact }) => fact.outcome === 'definition');
          // A finding, or a cause ("chemo may be feeding the cancer"), said without "mice" reads as said of people.
          const causal = words.causal.some(({ pattern }) => claimed(text, pattern, words) !== undefined);
          if (!defining && (words.finding.test(text) || causal) && !words.animals.test(s.unquoted)) {
            findings.push(finding(reading, s, 'reports a mouse finding without saying "mice"', 'Say it was in mice in the same sentence ("In mice, …", "these mice …"): a reader may hear only this sentence.', excerpt));
          }
          continue;
        }
        const tissueOnly = somebody.every(({ fact }) => fact.population.kind === 'tissue');
        const random = tissueOnly ? claimed(text, words.randomGroups, words) : undefined;
        if (random) {
          findings.push(finding(reading, s, `describes the tissue study as having "${random[0]}", which it did not have`, 'The tissue study had no random groups and no group without chemo: say that it looked at leftover tumor from women who all had chemo.', excerpt));
          continue;
        }
        // A tissue marker the sentence cites, or one of the registry's that it speaks of ("her doorway count went up").
        const isMarker = (fact: Fact) => fact.outcome === 'marker' && fact.population.kind === 'tissue';
        const markerFacts = somebody.some(({ fact }) => isMarker(fact)) || (words.people.test(text) && Object.values(deck.facts ?? {}).some((f) => isMarker(f) && f.compares?.measure.test(text)));
        const markers = markerFacts && !somebody.some(({ fact }) => fact.outcome === 'clinical');
        // How many of the women showed the change: a share is wrong whatever else the sentence cites.
        const share = markerFacts ? claimedOver(text, words) : undefined;
        if (share && (tissueOnly || words.finding.test(text))) {
          findings.push(finding(reading, s, `says "${share[0]}" of the women, but reports differ on how many showed the change`, 'Say "tended to" and give no share: the sources conflict ("all" against "most").', excerpt));
          continue;
        }
        if (!tissueOnly || !markers) continue;
        if (outcome) {
          findings.push(finding(reading, s, `cites only tissue-marker facts but claims an outcome ("${outcome[0]}")`, 'In the women, the study measured signs in tissue (markers): it did not show whether their cancer spread or how long they lived. Say that, or cite the facts that show an outcome.', excerpt));
          continue;
        }
      }
    }
    return findings;
  },
};
