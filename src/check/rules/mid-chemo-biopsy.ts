// A biopsy partway through chemo is a researcher's idea, not a guideline (study-facts.md sections
// 9, 10 and "Do NOT say": "Doctors should do a biopsy partway through chemo to check TMEM").
//
// Heuristic, clause by clause: the clause names a biopsy or tissue test (BIOPSY) done partway
// through chemo (PARTWAY), and recommends or presents it as care: should, must, need, recommend
// (active or passive), "ask for", "get", "doctors do/check", "is standard/routine". Attributed to
// the researcher as his idea ("He suggested testing tumor tissue partway through chemo") it is
// honest reporting; a negation before is honest ("No guideline we found recommends it"); questions
// ask ("Should I ask for a tissue test partway through my chemo?").

import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

const BIOPSY = /\b(?:biops(?:y|ies)|tissue\s+(?:samples?|tests?|checks?)|tumou?r\s+samples?|samples?\s+of\s+(?:the\s+)?tumou?r|test(?:ing)?\s+(?:the\s+)?(?:tumou?r\s+)?tissue|TMEM\s+(?:tests?|checks?|scores?)|check(?:ing)?\s+(?:the\s+|your\s+)?(?:doorways|TMEM))\b/i;
const PARTWAY = /\b(?:part\s*way|midway|mid-?\s?(?:treatment|chemo|chemotherapy|course)|half\s*way|in\s+the\s+middle\s+of|during\s+(?:your\s+|the\s+)?(?:chemo|chemotherapy|treatment)|while\s+(?:on|having|getting)\s+(?:chemo|chemotherapy|treatment)|after\s+(?:a\s+few|some|two|three|2|3)\s+(?:doses|rounds|cycles))\b/i;
/** The researcher's proposal, reported as such. */
const PROPOSAL = /\b(?:suggest(?:s|ed)?|propos(?:e|es|ed)|idea|suggestion|proposal|wanted|hoped|planned|planning)\b/i;

export const RECOMMENDS: NamedPattern = {
  name: 'recommends it',
  pattern: /\b(?:should|must|need|needs|need\s+to|needs\s+to|ought\s+to|have\s+to|has\s+to|will|recommends?|recommended|advises?|advised|ask\s+(?:[\w']+\s+){0,3}?for|get|gets|routinely|standard|routine|doctors\s+(?:do|check|take|test|order)|is\s+done|are\s+done|can\s+check)\b/i,
};

export const midChemoBiopsy = sentenceRule({
  id: 'mid-chemo-biopsy',
  description: 'A biopsy partway through chemo to check doorways was a researcher\'s idea: never recommended as care.',
  find: (text) => claimedPattern(text, [RECOMMENDS], (c) => BIOPSY.test(c) && PARTWAY.test(c) && !PROPOSAL.test(c)),
  says: () => 'recommends a biopsy partway through chemo, which no guideline does',
  fix: 'Say "The lead researcher suggested testing tumor tissue partway through chemo. No guideline we found recommends this."',
});
