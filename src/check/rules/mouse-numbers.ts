// No specific numbers for the mouse results the fact sheet could not retrieve (study-facts.md
// section 5 and "Do NOT say": "Any specific numbers for mouse CTC counts, lung metastases or
// p-values. They were not retrieved; do not invent them").
//
// Heuristic, clause by clause, in mouse context (the sentence names mice, or the slide rests on a
// mouse study and the clause does not name people):
//  - a p-value ("p = 0.01", "p < .05", "p-value");
//  - or a number tied to cancer cells in the blood, the lungs, metastases or spread
//    (MOUSE_OUTCOME): a number just before it ("5 times more cancer cells", "3 lung metastases",
//    "twice as many"), just after it ("lung metastases rose 40 %"), or a count of mice in a clause
//    that names it ("8 of 10 mice had spread to the lungs").
// Numbers about the design are fine ("three kinds of mice", "about four and a half hours"), and so
// is the doorway score ("two to three times higher" is in the fact sheet's chart table).
// "one" is not counted as a number: it is mostly a pronoun ("one step of spreading"). Times and
// doses are not results ("day 15", "3 doses").

import { clauses, excerpt, isQuestion } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { evidenceKinds } from '../../model/evidence.ts';
import { namesAnimals, namesPeople } from './shared.ts';

/** The unretrieved mouse outcomes. */
const MOUSE_OUTCOME = String.raw`(?:(?:cancer|tumou?r)\s+cells?|CTCs?|circulating|blood|lungs?|metastas[ie]s|metastatic|spread|spreading|nodules?)`;
/** A number, without "one". */
const AMOUNT = String.raw`(?<!\b(?:day|days|week|weeks|hour|hours|dose|doses)\s)(?:\d[\d,]*(?:\.\d+)?\s?%?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|twice|double|doubled|triple|tripled|half|halved|[\w]+-?fold)(?!\s+(?:days?|weeks?|hours?|minutes?|doses?|mg|years?|kinds?|types?)\b)`;

export const MOUSE_NUMBERS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a p-value', pattern: /\bp\s*[<>=≤≥]\s*0?\.\d+|\bp-?values?\b/i },
  { name: 'a number before the outcome', pattern: new RegExp(String.raw`\b${AMOUNT}(?:\s+[\w-]+){0,3}?\s+${MOUSE_OUTCOME}\b`, 'i') },
  { name: 'a number after the outcome', pattern: new RegExp(String.raw`\b${MOUSE_OUTCOME}\b(?:\s+[\w-]+){0,4}?\s+(?:by\s+|to\s+|of\s+)?${AMOUNT}(?![\w-])`, 'i') },
  { name: 'a count of mice', pattern: new RegExp(String.raw`\b${AMOUNT}\s+(?:of|in|out\s+of)\s+(?:the\s+)?${AMOUNT}\s+(?:mice|animals)\b.*\b${MOUSE_OUTCOME}\b|\b${MOUSE_OUTCOME}\b.*\b${AMOUNT}\s+(?:of|in|out\s+of)\s+(?:the\s+)?${AMOUNT}\s+(?:mice|animals)\b`, 'i') },
];

/** The kind of mouse number a sentence (its unquoted text) gives, if any. */
export function mouseNumberIn(sentence: string, mouseSlide: boolean): string | undefined {
  if (isQuestion(sentence)) return undefined;
  const mice = namesAnimals(sentence);
  for (const clause of clauses(sentence)) {
    if (!mice && !(mouseSlide && !namesPeople(clause))) continue;
    const hit = MOUSE_NUMBERS.find(({ pattern }) => pattern.test(clause));
    if (hit) return hit.name;
  }
  return undefined;
}

export const mouseNumbers: Rule = {
  id: 'mouse-numbers',
  severity: 'error',
  description: 'No exact numbers for the mouse blood-cell counts, lung spread or p-values: the fact sheet could not retrieve them.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      const mouseSlide = evidenceKinds(slide.evidence).includes('mouse-study');
      for (const s of sentences) {
        if (s.area === 'chart') continue;
        const hit = mouseNumberIn(s.unquoted, mouseSlide);
        if (hit === undefined) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} gives ${hit} for a mouse result that could not be checked: ${excerpt(s.text)}`,
          fix: 'Leave the number out: say "In mice, chemo led to more cancer cells in the blood and in the lungs." Exact mouse counts and p-values were not retrieved.',
        });
      }
    }
    return findings;
  },
};
