// Never advise against chemo before surgery (study-facts.md sections 8a, 9 and "Do NOT say":
// "Chemo before surgery is dangerous", "should be avoided", "should be stopped"). The randomized
// trials found the same spread and survival either way, and the study's lead author said patients
// should not avoid chemo.
//
// Heuristic, clause by clause, when the clause names chemo or treatment (CHEMO_WORDS):
//  - it calls chemo dangerous, unsafe, risky, harmful, deadly, a mistake, or speaks of its dangers;
//  - it advises avoiding, stopping, skipping, refusing, delaying or postponing it, with a modal
//    ("should", "must", "need to", "better to", "may want to"), in the passive ("should be
//    avoided"), as an order at the start of the clause ("Stop chemo if …"), or says stopping it
//    or surgery first is safer.
// "Stopping or delaying chemo could be dangerous" is the caveat the deck should give (C6), so
// "dangerous" is not checked where stopping, delaying or waiting is what is called dangerous.
// A negation before or inside is the advice we want ("Do not stop or delay treatment", "patients
// should not avoid chemo"); questions ask ("Is chemo before surgery more dangerous?").

import { claimedPattern, type NamedPattern, namesChemo, sentenceRule } from './shared.ts';

const QUIT = String.raw`(?:avoid|stop|skip|refuse|decline|delay|postpone|quit|halt|discontinue|put\s+off|say\s+no\s+to|think\s+twice\s+about|turn\s+down|give\s+up)`;
const QUIT_PASSIVE = String.raw`(?:avoided|stopped|skipped|refused|declined|delayed|postponed|halted|discontinued|put\s+off|given\s+up)`;
const MODAL = String.raw`(?:should|must|need\s+to|needs\s+to|ought\s+to|have\s+to|has\s+to|had\s+better|better\s+to|best\s+to|wise\s+to|wiser\s+to|safer\s+to|safest\s+to|(?:may|might)\s+want\s+to|consider|considering)`;

/** Not having chemo as the subject: "Stopping chemo could be dangerous" is the message we want. */
const QUITTING = /\b(?:stopping|skipping|avoiding|delaying|refusing|postponing|waiting|putting\s+off|not\s+having|missing)\b/i;

/** Calling chemo itself dangerous (not checked where stopping or delaying it is the subject). */
export const CALLED_DANGEROUS: NamedPattern = {
  name: 'dangerous',
  pattern: /\b(?:is|are|was|were|be|been|being|seems?|looks?|sounds?)\s+(?:\w+\s+){0,2}?(?:dangerous|unsafe|risky|harmful|deadly|a\s+mistake|a\s+bad\s+idea|bad\s+for\s+you|a\s+danger)\b|\bdangers?\s+of\b|\bdangerous\s+(?:treatment|chemo|choice)\b/i,
};

export const ADVICE_AGAINST_CHEMO: readonly NamedPattern[] = [
  {
    name: 'avoid or stop it',
    pattern: new RegExp(
      String.raw`\b${MODAL}\s+(?:\w+\s+){0,2}?${QUIT}\b|\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|is\s+best|are\s+best|is\s+better|are\s+better)\s+(?:\w+\s+)?(?:be\s+)?${QUIT_PASSIVE}\b|^(?:so\s+|then\s+|please\s+)?${QUIT}\b|\b(?:stopping|skipping|avoiding|delaying|refusing)\s+(?:[\w-]+\s+){0,3}?(?:is|would\s+be|may\s+be|could\s+be|seems)\s+(?:\w+\s+)?(?:safer|better|wiser|best|the\s+safe)`,
      'i',
    ),
  },
  // Not "Ask whether surgery first is safer for you": that is a question for the care team.
  { name: 'surgery first is safer', pattern: /(?<!\b(?:whether|if)\b.*)\bsurgery\s+first\s+(?:is|would\s+be|may\s+be)\s+(?:\w+\s+)?(?:safer|the\s+safe)/i },
];

export function adviceAgainstChemo(text: string): string | undefined {
  return (
    claimedPattern(text, ADVICE_AGAINST_CHEMO, namesChemo) ??
    claimedPattern(text, [CALLED_DANGEROUS], (clause) => namesChemo(clause) && !QUITTING.test(clause))
  );
}

export const avoidChemo = sentenceRule({
  id: 'avoid-chemo',
  description: 'Never call chemo before surgery dangerous or advise avoiding, stopping or delaying it: trials found the same survival either way.',
  find: adviceAgainstChemo,
  says: (found) => `advises against chemo ("${found}"), which the trials do not support`,
  fix: 'Say "Do not stop or delay treatment because of this study. Talk to your care team." The lead researcher said patients should not avoid chemo.',
});
