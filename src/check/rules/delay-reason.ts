// Why not to wait (CDC CCI 13, caveat C6): every sentence that tells people not to stop or delay
// treatment is followed at once by the reason, so the advice never stands alone.
//
// Sentence by sentence, in the slide's body text and, separately, in its notes:
//  - a sentence *tells people not to stop or delay* when a negation ("do not", "don't", "never",
//    "not to", "should not") comes shortly before stop / delay / skip / put off / wait / pause /
//    quit, and the sentence names the treatment (treatment, chemo, plan, therapy, surgery, dose);
//  - the *reason* is either later in the same sentence (an outcome word after the advice: "…
//    because waiting went with lower survival") or the next sentence of the same text area,
//    which must name both the waiting and the outcome ("Waiting 3 months or more to start chemo
//    went with a lower chance of survival.");
//  - questions ask, they do not advise; quoted words are someone else's.

import { containsAny, excerpt, isQuestion } from '../phrases.ts';
import type { Sentence } from '../reading.ts';
import type { Finding, Rule } from '../rule.ts';

/** "do not stop", "don't delay your", "never skip", "not to put off", "should not stop or delay". */
export const DO_NOT_DELAY =
  /(?<![\p{L}])(?:do\s+not|don['’]t|never|not\s+to|should\s+not|shouldn['’]t|must\s+not)\s+(?:[\p{L}'’]+\s+){0,3}?(?:stop|stopping|delay|delaying|skip|skipping|put\s+off|putting\s+off|wait|pause|quit)(?![\p{L}])/iu;

/** What the advice is about: a sentence about something else ("do not wait to call") is not it. */
export const TREATMENT_WORDS = ['treatment', 'treatments', 'chemo', 'chemotherapy', 'plan', 'therapy', 'surgery', 'dose', 'doses'];

/** The waiting, named in the reason. */
export const WAIT_WORDS = [
  'wait', 'waits', 'waited', 'waiting', 'delay', 'delays', 'delayed', 'delaying', 'late', 'later',
  'put off', 'putting off', 'too long', 'months', 'sooner',
];

/** What waiting was linked with, named in the reason. */
export const OUTCOME_WORDS = [
  'survival', 'survive', 'survived', 'live', 'lived', 'lives', 'less well', 'worse', 'lower chance',
  'die', 'died', 'dying', 'death', 'deaths',
];

/** Does the sentence tell people not to stop or delay treatment? Returns where the advice ends. */
export function delayAdvice(sentence: string): number | undefined {
  const match = DO_NOT_DELAY.exec(sentence);
  if (!match || !containsAny(sentence, TREATMENT_WORDS)) return undefined;
  return match.index + match[0].length;
}

/** Is this sentence (the one after the advice) a reason: the waiting and what it was linked with? */
export const isReason = (sentence: string): boolean => containsAny(sentence, WAIT_WORDS) && containsAny(sentence, OUTCOME_WORDS);

const AREAS = ['body', 'notes'] as const;

export const delayReason: Rule = {
  id: 'delay-reason',
  severity: 'error',
  description: 'Every "do not stop or delay treatment" is followed, in the same or the next sentence, by why (what waiting was linked with).',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      for (const area of AREAS) {
        const inArea: readonly Sentence[] = sentences.filter((s) => s.area === area);
        inArea.forEach((s, i) => {
          if (isQuestion(s.text)) return;
          const end = delayAdvice(s.unquoted);
          if (end === undefined) return;
          if (containsAny(s.unquoted.slice(end), OUTCOME_WORDS)) return;
          const next = inArea[i + 1];
          if (next !== undefined && isReason(next.text)) return;
          findings.push({
            slide: slide.id,
            message: `${s.field} says not to stop or delay treatment without saying why: ${excerpt(s.text)}`,
            fix: 'Give the reason in the same sentence or the next one, as a link and not proof, e.g. "Waiting 3 months or more to start chemo went with a lower chance of survival."',
          });
        });
      }
    }
    return findings;
  },
};
