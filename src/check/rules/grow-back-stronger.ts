// No "repair mechanism" story (study-facts.md section 10 and "Do NOT say": "Chemo switches on a
// repair mechanism that makes tumors grow back stronger" is press wording; the study did not show
// tumors growing back stronger in patients).
//
// Heuristic, clause by clause (STRONGER_AFTER_CHEMO):
//  - tumors or cancer that grow, come or bounce back stronger, tougher or more aggressive, or
//    become stronger;
//  - a repair mechanism, response or process switched on, turned on, activated, triggered or set
//    off (active or passive).
// A negation before or inside is a denial ("The study did not show tumors growing back stronger");
// quotations and press reports are someone else's words ('The news said chemo "activates a repair
// mechanism"').

import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

const SWITCH_ON = String.raw`(?:switch(?:es|ed|ing)?\s+on|turns?\s+on|turned\s+on|turning\s+on|activat(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|sets?\s+off|setting\s+off|kicks?\s+(?:in|off)|kicked\s+(?:in|off)|wakes?\s+up|woke\s+up|starts?|started|sparks?|sparked)`;
const REPAIR = String.raw`(?:repair|healing|survival)\s+(?:mechanisms?|responses?|process(?:es)?|systems?|programm?e?s?|mode)`;

export const STRONGER_AFTER_CHEMO: readonly NamedPattern[] = [
  {
    name: 'grow back stronger',
    pattern: /\b(?:grows?|grew|grown|growing|comes?|came|coming|bounces?|bounced|bouncing)\s+back\s+(?:even\s+|much\s+|far\s+)?(?:stronger|tougher|worse|more\s+aggressive|more\s+dangerous|angrier|harder\s+to\s+treat)\b|\b(?:tumou?rs?|cancers?|cancer\s+cells?)\s+(?:become|becomes|became|get|gets|got|grow|grows|grew|turn|turns|turned)\s+(?:even\s+)?(?:stronger|tougher)\b/i,
  },
  {
    name: 'a repair mechanism switched on',
    pattern: new RegExp(String.raw`\b${SWITCH_ON}\s+(?:[\w'-]+\s+){0,3}?${REPAIR}\b|\b${REPAIR}\s+(?:that\s+)?(?:is|are|was|were|gets?|got|can\s+be|may\s+be)\s+(?:\w+\s+)?(?:switched\s+on|turned\s+on|activated|triggered|set\s+off|started|kicked\s+in)\b`, 'i'),
  },
];

export const growBackStronger = sentenceRule({
  id: 'grow-back-stronger',
  description: 'No "chemo switches on a repair mechanism" or "tumors grow back stronger": press wording the study did not show in patients.',
  find: (text) => claimedPattern(text, STRONGER_AFTER_CHEMO),
  says: (found) => `uses press wording the study did not show ("${found}")`,
  fix: 'Say what was measured: "In women, the study looked at tumor tissue. After chemo, the leftover tumor tended to have more doorways." Quote the news in double quotes to correct it.',
});
