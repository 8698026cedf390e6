// On slides resting on mouse studies, every sentence that reports a result says it was in mice
// (content-standards.md C2, A7: "in mice" in the same sentence, every time).
// Sentences that name people are about human data and are checked by causal-people instead;
// questions report nothing; quoted words are someone else's.

import { containsAny, excerpt, isQuestion } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { PEOPLE_WORDS } from './causal-people.ts';

export const ANIMAL_WORDS = ['mice', 'mouse', 'animal', 'animals'];

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

export const mouseResults: Rule = {
  id: 'mouse-results',
  severity: 'error',
  description: 'On mouse-study slides, every sentence that reports a result says "mice" or "mouse".',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      if (!slide.evidence.includes('mouse-study')) continue;
      for (const s of sentences) {
        if (s.area === 'alt' || s.area === 'chart' || isQuestion(s.text)) continue;
        if (!reportsResult(s.unquoted) || containsAny(s.text, ANIMAL_WORDS) || containsAny(s.unquoted, PEOPLE_WORDS)) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} reports a result without saying it was in mice: ${excerpt(s.text)}`,
          fix: 'Say "in mice" in the same sentence, every time.',
        });
      }
    }
    return findings;
  },
};
