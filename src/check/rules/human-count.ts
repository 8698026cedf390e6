// No count of how many of the ~20 women had a change (study-facts.md section 4 and "Do NOT say":
// "Doorways increased in all 20 women", or any exact fraction). The sources conflict: one says
// "all" patients, another "most", "more than 50 %" and "a few more than fivefold". Until the
// full paper is read, the deck says the leftover tumor "tended to" have more doorways.
//
// Heuristic, clause by clause: a clause is reported when it
//  - counts people or samples (COUNTS: "all 20 women", "every one of the 20 women", "most of the
//    patients", "17 of 20", "nine in ten", "85 %", "over half", "the 20 women" stated as a whole),
//  - says something went up (CHANGE: more, increase, rose, higher, fivefold, high-risk group),
//  - and is about the human part (HUMAN_PART: doorways, TMEM, markers, Mena, tissue, leftover
//    tumor, or the number 20 itself), not about the large trials (TRIALS).
// Allowed: the sample size ("about 20 women", "tissue from 20 women"), "tended to" wording,
// "how many" ("Reports differ on how many of the women showed this"), quotations. A negation does
// not excuse a count ("Doorways did not rise in 3 of the 20 women" still says 17 did).

import { clauses, excerpt, isQuestion } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { mouseFindingInPeople } from './mouse-results.ts';
import { COUNT_WITH_DENOMINATOR, NUMBER } from './shared.ts';

/** Who or what is counted. */
const COUNTED = String.raw`(?:women|woman|patients|patient|people|person|tumou?rs|samples|cases|biopsies|of\s+them|them)`;
/** Quantifier words, longest first where one contains another. */
const QUANTIFIER = String.raw`(?:all\s+but\s+(?:one|two|three|a\s+few|\d+)|every\s+one\s+of|each\s+one\s+of|each\s+of|nearly\s+all|almost\s+all|virtually\s+all|all|every|each|most|many|several|some|a\s+few|few|none|the\s+majority\s+of|a\s+majority\s+of|majority\s+of|(?:more|less|fewer)\s+than\s+half(?:\s+of)?|over\s+half(?:\s+of)?|under\s+half(?:\s+of)?|about\s+half(?:\s+of)?|half(?:\s+of)?|a\s+third\s+of|two\s+thirds\s+of|three\s+quarters\s+of)`;

/** Ways of saying how many, by name (the name appears in the message). */
export const COUNTS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  // "all 20 women", "most of the patients", "every one of the 20 women", "each woman", "some of them"
  {
    name: 'a quantifier',
    pattern: new RegExp(String.raw`\b${QUANTIFIER}\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|her\s+)?(?:${NUMBER}\s+)?(?:[a-z-]+\s+)?${COUNTED}\b`, 'i'),
  },
  // "17 of 20", "17 out of the 20 women", "nine in ten"
  { name: 'a count out of a total', pattern: COUNT_WITH_DENOMINATOR },
  // "85 %", "85 percent", "half"
  { name: 'a percentage', pattern: /\d\s?%|\bper\s?cent\b/i },
  // "everyone", "all had more", "they all", "each had"
  { name: 'a quantifier', pattern: /\b(?:everyone|everybody|no\s+one|nobody)\b|\b(?:they|women|patients)\s+all\b|\b(?:all|each|most)\s+(?:had|showed|saw|got)\b/i },
  // "17 women", "three patients" — any number of people but the sample size (20)
  { name: 'a number of people', pattern: new RegExp(String.raw`\b(?!20\b|twenty\b)${NUMBER}\s+(?:of\s+the\s+)?(?:[a-z-]+\s+)?${COUNTED}\b`, 'i') },
  // "the 20 women had more doorways": the whole sample, as if every one of them
  { name: '"the 20 women" as a whole', pattern: /\b(?:the|these|those)\s+(?:20|twenty)\s+(?:women|patients|people|tumou?rs)\b/i },
];

/** Something went up. */
export const CHANGE = /\b(?:more|increase[sd]?|increasing|rose|risen|rise|rises|went\s+up|higher|doubled|tripled|jumped|grew|[\w-]*fold|high[-\s]risk|moved\s+(?:up|into))\b|\ban?\s+(?:increase|rise|jump|change)\b/i;
/** The human part of the 2017 study, not the trials. */
export const HUMAN_PART = /\b(?:doorways?|TMEMs?|markers?|mena(?:inv)?|scores?|tissue|leftover|residual|biops(?:y|ies)|risk\s+group|20|twenty)\b|\bafter\s+(?:chemo|chemotherapy|treatment)\b/i;
export const TRIALS = /\b(?:trials?|meta-analysis|4,756|thousands)\b/i;
/** Saying how many is not known is the honest sentence ("We do not know how many of the 20 women …"). */
const HOW_MANY = /\bhow\s+(?:many|much|often)\b|\bwhat\s+(?:share|fraction|proportion|number)\b/i;
/** Hedged group wording, which is allowed instead of a count. */
const HEDGE = /\b(?:tended|tend|tends)\s+to\b|\bon\s+average\b|\bas\s+a\s+group\b/i;

/** The kind of count a clause gives of how many of the women had a change, if any. */
export function humanCount(clause: string): string | undefined {
  if (!CHANGE.test(clause) || !HUMAN_PART.test(clause) || TRIALS.test(clause) || HOW_MANY.test(clause)) return undefined;
  // "The 20 women had more spread" restates a mouse result: mouse-results reports it.
  if (mouseFindingInPeople(clause) !== undefined) return undefined;
  for (const { name, pattern } of COUNTS) {
    if (name === '"the 20 women" as a whole' && HEDGE.test(clause)) continue;
    if (pattern.test(clause)) return name;
  }
  return undefined;
}

/** The count a sentence (its unquoted text) gives, clause by clause; questions ask, not claim. */
export function countInSentence(sentence: string): string | undefined {
  if (isQuestion(sentence)) return undefined;
  return clauses(sentence).map(humanCount).find((c) => c !== undefined);
}

export const humanCountRule: Rule = {
  id: 'human-count',
  severity: 'error',
  description: 'No count, fraction or quantifier of how many of the ~20 women had a change ("all 20", "17 of 20", "most", "85 %"): sources conflict.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      for (const s of sentences) {
        if (s.area === 'chart') continue;
        const count = countInSentence(s.unquoted);
        if (count === undefined) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} says how many of the women had a change (${count}), but sources conflict ("all" vs "most"): ${excerpt(s.text)}`,
          fix: 'Give no number or share: say "After chemo, the leftover tumor tended to have more doorways" and "Reports differ on how many of the women showed this."',
        });
      }
    }
    return findings;
  },
};
