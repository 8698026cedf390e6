// Mouse results stay mouse results (content-standards.md C2, A7; study-facts.md "Do NOT say":
// "The spread was shown in mice; in people only tissue markers were measured"). Two checks:
//
//  1. On slides resting on mouse studies, a sentence that reports a result says "mice" or
//     "mouse" (in the same sentence, every time). Clause by clause: a clause that names people is
//     about people's data and goes to check 2 instead; the other clauses still need "in mice"
//     ("Chemo made more doorways; in women, only tissue was measured" is flagged).
//  2. On every slide, a finding that only the mouse experiments showed (MOUSE_ONLY_FINDINGS:
//     more cancer cells in the blood, spread to the lungs, more spread, leaky vessels, busier
//     doorways) is not restated as happening in people (women, patients, you). Naming mice in the
//     same clause does not excuse it ("Like the mice, the women had …"); a negation before the
//     finding does ("It did not show that these women had more spread"), and so does a mention
//     of people that is itself denied ("seen in mice, not in people").
//
// A causal claim about people ("chemo led to more spread in women") is reported by causal-people
// and a rebastinib result restated in people by rebastinib-status, so each sentence gets one
// problem. Questions ask; quoted words are someone else's.

import { clauses, containsAny, excerpt, isQuestion } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { CAUSAL_SOURCE_TYPES, causalAboutPeople } from './causal-people.ts';
import { denied, namesAnimals, namesPeople } from './shared.ts';

export { ANIMAL_WORDS } from './shared.ts';

/**
 * Words that report a finding: past tense, as results are reported. Present tense ("it shows
 * signs in tissue") describes what a kind of study does, not what it found, so it is not a cue.
 */
export const RESULT_CUES = [
  'found', 'showed', 'shown', 'increased', 'decreased', 'had more', 'had fewer', 'led to', 'made', 'caused',
  'slowed', 'blocked', 'reversed', 'grew', 'went up', 'went down', 'doubled', 'raised', 'lowered', 'stopped',
];
const COMPARISON = /\b(?:more|fewer|less)\b.*\bthan\b/i;
const SPREAD_AS_VERB = /\b(?:cancer|cells?|tumou?rs?|they)\s+spread\b/i;

export const reportsResult = (sentence: string): boolean =>
  containsAny(sentence, RESULT_CUES) || COMPARISON.test(sentence) || SPREAD_AS_VERB.test(sentence);

/**
 * What the 2017 study showed only in mice (study-facts.md sections 2–3). In women it measured
 * doorways and Mena in leftover tumor tissue, so "more doorways" is not on this list.
 */
export const MOUSE_ONLY_FINDINGS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: 'more cancer cells in the blood',
    pattern: /\b(?:more|extra|higher|increased)\b[^;]*?\b(?:cancer|tumou?r)\s+cells?\b[^;]*?\bblood\b|\b(?:cancer|tumou?r)\s+cells?\b[^;]*?\bblood\b[^;]*?\b(?:more|rose|increased|went\s+up|doubled|higher)\b|\bcirculating\s+tumou?r\s+cells?\b/i,
  },
  { name: 'spread to the lungs', pattern: /\b(?:spread|spreads|spreading|metastas[ie]s|got|get|gets|reached|travell?ed)\b[^;]*?\blungs?\b|\blung\s+(?:metastas[ie]s|spread|tumou?rs?)\b/i },
  { name: 'more spread', pattern: /\b(?:more|extra|increased|higher|greater|added|further)\s+(?:cancer\s+)?(?:spread|spreading|metastas[ie]s)\b|\bspread\s+more\b/i },
  { name: 'leaky blood vessels', pattern: /\bleak(?:s|ed|ing|y|ier)?\b/i },
  { name: 'more active doorways', pattern: /\b(?:more\s+active|bursting|busier)\b/i },
];

/** The mouse-only finding a clause claims for people, if any (not denied). */
export function mouseFindingInPeople(clause: string): string | undefined {
  if (!namesPeople(clause) || /\brebastinib\b/i.test(clause)) return undefined;
  for (const { name, pattern } of MOUSE_ONLY_FINDINGS) {
    const match = pattern.exec(clause);
    if (match && !denied(clause, match.index, match[0].length)) return name;
  }
  return undefined;
}

export const mouseResults: Rule = {
  id: 'mouse-results',
  severity: 'error',
  description: 'Mouse results say "in mice" on mouse-study slides, and are never restated as happening in women or people.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences, cited } of slides) {
      const mouseSlide = slide.evidence.includes('mouse-study');
      const randomized = cited.some((id) => CAUSAL_SOURCE_TYPES.has(deck.sources[id]!.type));
      for (const s of sentences) {
        if (s.area === 'chart' || isQuestion(s.text)) continue;
        const parts = clauses(s.unquoted);
        // Check 2: a mouse result restated in people (any slide), unless causal-people reports it.
        const restated = parts.map(mouseFindingInPeople).find((f) => f !== undefined);
        if (restated !== undefined && causalAboutPeople(s.unquoted, randomized) === undefined) {
          findings.push({
            slide: slide.id,
            message: `${s.field} restates a mouse result (${restated}) as happening in people: ${excerpt(s.text)}`,
            fix: 'That was seen in mice: say "In mice, …". In women the study only measured tissue markers ("After chemo, the leftover tumor tended to have more doorways").',
          });
          continue;
        }
        // Check 1: on mouse-study slides, a result without "mice" (clauses about people aside).
        if (!mouseSlide || s.area === 'alt' || namesAnimals(s.text)) continue;
        if (parts.some((c) => reportsResult(c) && !namesPeople(c))) {
          findings.push({
            slide: slide.id,
            message: `${s.field} reports a result without saying it was in mice: ${excerpt(s.text)}`,
            fix: 'Say "in mice" in the same sentence, every time.',
          });
        }
      }
    }
    return findings;
  },
};
