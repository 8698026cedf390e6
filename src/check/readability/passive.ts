// Passive voice, per sentence. retext-passive knows irregular participles ("was done", "were
// seen") but not regular ones ("was published", "were treated"), so a small pattern adds a
// form of "be" followed by an -ed word. It is a warning-level measure; both halves are tested.

import { retext } from 'retext';
import retextPassive from 'retext-passive';

const processor = retext().use(retextPassive);

/** -ed words that after "is/was/were" are usually adjectives or not participles at all. */
const NOT_PARTICIPLES = new Set([
  'worried', 'scared', 'tired', 'interested', 'concerned', 'pleased', 'surprised', 'confused', 'excited',
  'frightened', 'relieved', 'upset', 'used', 'supposed', 'aged', 'naked', 'sacred', 'wicked', 'hundred',
  'kindred', 'rugged', 'married', 'limited', 'advanced', 'prepared', 'involved',
]);

const REGULAR_PASSIVE = /\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|often|only|still|first|never|always|usually)\s+)?([a-z]+ed)\b/gi;

function regularPassive(sentence: string): boolean {
  for (const match of sentence.matchAll(REGULAR_PASSIVE)) {
    const word = match[1]!.toLowerCase();
    if (word.length > 4 && !word.endsWith('eed') && !NOT_PARTICIPLES.has(word)) return true;
  }
  return false;
}

/**
 * retext-passive flags a participle only when the word before it is one of these (its `verbs`,
 * compared lower-cased); the regular pattern above needs one too. A sentence without any of them,
 * as a word, cannot be passive, so it is not parsed: parsing takes about 0.4 ms a sentence, most
 * of the English passive-voice check (tests/check/readability.test.ts holds it to the library).
 */
export const mentionsBe = (sentence: string): boolean => /(?<![a-z])(?:am|are|were|being|is|been|was|be)(?![a-z])/i.test(sentence);

const seen = new Map<string, boolean>();

export function isPassive(sentence: string): boolean {
  let passive = seen.get(sentence);
  if (passive === undefined) {
    passive = mentionsBe(sentence) && (processor.processSync(sentence).messages.length > 0 || regularPassive(sentence));
    seen.set(sentence, passive);
  }
  return passive;
}
