// Word lists and sentence tests that several honesty rules share: who a clause is about (people,
// mice) and what chemo is called. Not a rule itself (RULES in index.ts lists the rules).

import { attributedToPress, clauses, containsAny, excerpt, hasNegation, isQuestion, lastWords, phraseRegex } from '../phrases.ts';
import type { SlideReading } from '../reading.ts';
import type { Finding, Rule } from '../rule.ts';

/** Words that put a clause about people (the audience included: "you", "your"). */
export const PEOPLE_WORDS = [
  'women', 'woman', 'people', 'person', 'patients', 'patient', 'human', 'humans', 'men', 'you', 'your',
];

/** Words that put a clause about the animals of the study. */
export const ANIMAL_WORDS = ['mice', 'mouse', 'animal', 'animals'];

/** What the deck may call the treatment whose effects are in question. */
export const CHEMO_WORDS = [
  'chemo', 'chemotherapy', 'chemotherapies', 'paclitaxel', 'taxol', 'doxorubicin', 'cyclophosphamide', 'neoadjuvant',
  'treatment', 'chemo first', 'the drug', 'the drugs',
];

/** How many words before a mention a "not" still negates it ("not in people", "no women"). */
const MENTION_NEGATION_REACH = 2;

/**
 * Does the clause name people in a way that makes it about them? A mention straight after a
 * negation ("seen in mice, not in people") says the opposite, so it does not count.
 */
export function namesPeople(clause: string): boolean {
  for (const m of clause.matchAll(phraseRegex(PEOPLE_WORDS))) {
    if (!hasNegation(lastWords(clause.slice(0, m.index), MENTION_NEGATION_REACH))) return true;
  }
  return false;
}

export const namesAnimals = (text: string): boolean => containsAny(text, ANIMAL_WORDS);
export const namesChemo = (text: string): boolean => containsAny(text, CHEMO_WORDS);

/**
 * Is the claim matched at `index` in the clause denied? A negation before it or inside it in the
 * same clause ("did not show that …", "no one has shown …", "doorways are not in the blood"), or
 * "no"/"none" right after it ("caused no change", "led to no difference").
 */
export function denied(clause: string, index: number, length: number): boolean {
  return hasNegation(clause.slice(0, index + length)) || /^\s+(?:no|none|nothing|neither)\b/i.test(clause.slice(index + length));
}

/** A number in digits or in words. */
export const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|a\s+thousand|thousand)`;

/** "38 in 100", "4 of 20 women", "4,756 women in 10 trials", "1 out of every 4". */
export const COUNT_WITH_DENOMINATOR = new RegExp(
  String.raw`\b${NUMBER}\s+(?:[a-z-]+\s+){0,2}?(?:of|in|out\s+of)\s+(?:every\s+|the\s+)?${NUMBER}\b`,
  'i',
);

/** A named regular expression; the name appears in messages. */
export interface NamedPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/**
 * The first pattern a sentence claims, clause by clause: a match that is not denied (a negation
 * before it in its clause, or "no" right after it) and not reported from the press ("the
 * headline said …"). `when` narrows the clauses looked at (e.g. only those that name rebastinib).
 */
export function claimedPattern(
  sentence: string,
  patterns: readonly NamedPattern[],
  when: (clause: string) => boolean = () => true,
): string | undefined {
  if (isQuestion(sentence)) return undefined;
  for (const clause of clauses(sentence)) {
    if (!when(clause)) continue;
    for (const { name, pattern } of patterns) {
      const match = pattern.exec(clause);
      if (match && !denied(clause, match.index, match[0].length) && !attributedToPress(clause.slice(0, match.index))) return name;
    }
  }
  return undefined;
}

/**
 * A rule that reads every sentence (not chart labels, not questions) and reports what `find`
 * returns for its unquoted text: `${field} ${says(found)}: "the sentence"`.
 */
export function sentenceRule(spec: {
  readonly id: string;
  readonly description: string;
  readonly find: (unquoted: string, slide: SlideReading) => string | undefined;
  readonly says: (found: string) => string;
  readonly fix: string;
}): Rule {
  return {
    id: spec.id,
    severity: 'error',
    description: spec.description,
    check: ({ slides }) => {
      const findings: Finding[] = [];
      for (const reading of slides) {
        for (const s of reading.sentences) {
          if (s.area === 'chart' || isQuestion(s.text)) continue;
          const found = spec.find(s.unquoted, reading);
          if (found === undefined) continue;
          findings.push({ slide: reading.slide.id, message: `${s.field} ${spec.says(found)}: ${excerpt(s.text)}`, fix: spec.fix });
        }
      }
      return findings;
    },
  };
}
