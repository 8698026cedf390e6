// The 20 women had three drugs, and the order is not settled (study-facts.md section 4 and "Do NOT
// say": "The 20 women received doxorubicin and cyclophosphamide" is incomplete, paclitaxel was
// also given; "avoid stating the order of the drugs until it is checked in the full text").
//
// Heuristic, per sentence:
//  - incomplete: it names doxorubicin or cyclophosphamide (or "two chemo drugs") without paclitaxel
//    or "three drugs". Mouse sentences ("In mice, doxorubicin plus cyclophosphamide led to similar
//    findings") and sentences about the large trials (which did give those two drugs) are exempt;
//  - order: it names paclitaxel and doxorubicin/cyclophosphamide with an order word between or
//    before them (then, followed by, after, before, first, next); "before surgery" and "after chemo"
//    are not an order.
// Reported from the press ("The news named only doxorubicin and cyclophosphamide") and quotations
// are someone else's words.

import { attributedToPress, containsAny } from '../phrases.ts';
import { namesAnimals, sentenceRule } from './shared.ts';

export const TAXANE_WORDS = ['paclitaxel', 'taxol', 'taxane', 'three drugs', 'three chemo drugs', 'three chemotherapy drugs', 'all three'];
export const AC_WORDS = ['doxorubicin', 'cyclophosphamide', 'adriamycin', 'cytoxan', 'anthracycline'];
/** "two common chemo drugs", but not "two of the three chemo drugs". */
const TWO_DRUGS = /\b(?:two|2|both)\s+(?:common\s+|chemo\s+|chemotherapy\s+|cancer\s+|well-known\s+)*drugs\b/i;
const TRIALS = /\b(?:trials?|meta-analysis)\b/i;
/** Timing words that are about surgery, not about the order of the drugs. */
const NOT_ORDER = /\b(?:before|after|prior\s+to|following)\s+(?:the\s+|their\s+|her\s+)?(?:surgery|operation|diagnosis|chemo|chemotherapy|treatment)\b/gi;
const ORDER = /\b(?:then|followed\s+by|after|before|first|next|later|afterwards|following|prior\s+to|preceded\s+by|switched\s+to)\b/i;

export function regimenProblem(sentence: string): string | undefined {
  const taxane = containsAny(sentence, TAXANE_WORDS);
  const ac = containsAny(sentence, AC_WORDS);
  if (namesAnimals(sentence) || TRIALS.test(sentence)) return undefined;
  const first = sentence.search(/\b(?:paclitaxel|taxol|taxane|doxorubicin|cyclophosphamide|adriamycin|cytoxan|anthracycline|two|2|both)\b/i);
  if (first >= 0 && attributedToPress(sentence.slice(0, first))) return undefined;
  if ((ac || TWO_DRUGS.test(sentence)) && !taxane) return 'leaves out paclitaxel';
  if (taxane && ac && ORDER.test(sentence.replace(NOT_ORDER, ' '))) return 'states the order of the drugs';
  return undefined;
}

export const chemoRegimen = sentenceRule({
  id: 'chemo-regimen',
  description: 'The women had three drugs (paclitaxel too), in an order not yet checked: never only doxorubicin and cyclophosphamide, never an order.',
  find: regimenProblem,
  says: (found) => `${found} of the women's chemo`,
  fix: 'Say "They had three chemo drugs, including paclitaxel", or name all three (paclitaxel, doxorubicin and cyclophosphamide) without an order: sources disagree on it.',
});
