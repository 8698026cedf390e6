// Doorway counts are research, not routine care (study-facts.md section 8d and "Do NOT say":
// "TMEM testing is routinely used to choose treatment"; the ASCO 2021 guideline found insufficient
// evidence for markers beyond the standard ones).
//
// Heuristic, clause by clause: the clause names a doorway or TMEM test, count or score
// (DOORWAY_TEST) and says it is used in care: routinely, standard, common, "used to choose",
// guides treatment, doctors use or order it, you can get or ask for it, part of routine care.
// A negation before or inside is the honest status ("Doorway counts are not used to choose
// treatment today", "Counting doorways is not part of routine care"); questions ask ("Can I ask for
// my doorways to be counted?"); "The study used a research version of a company's doorway test"
// is about the study, not care.

import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

const DOORWAY_TEST = /\b(?:doorways?|TMEMs?)\s+(?:tests?|testing|counts?|counting|scores?|scoring)\b|\bcount(?:ing|s|ed)?\s+(?:the\s+|your\s+)?doorways\b|\btests?\s+(?:for|of)\s+(?:your\s+|the\s+)?(?:doorways|TMEM)\b|\bMetaSite\b/i;

export const IN_CARE: NamedPattern = {
  name: 'used in care',
  pattern: /\b(?:routinely|routine|standard|commonly|widely|usually|regularly|every\s+patient|now\s+used|is\s+used|are\s+used|used\s+to\s+(?:choose|decide|guide|plan|pick|select)|guides?\s+(?:treatment|care|decisions|your)|helps?\s+(?:doctors|your\s+doctor|your\s+care\s+team)\s+(?:choose|decide|pick|plan)|doctors\s+(?:use|order|check|rely)|(?:can|could|should)\s+(?:\w+\s+)?(?:order|get|have|request|ask\s+for)|ask\s+(?:[\w']+\s+){0,3}?for|part\s+of\s+(?:routine|standard|normal|usual)\s+care|available\s+(?:to|for)\s+(?:you|patients|women))\b/i,
};

export const tmemTestUse = sentenceRule({
  id: 'tmem-test-use',
  description: 'Doorway (TMEM) counts are research: never routine, standard, or used to choose treatment.',
  find: (text) => claimedPattern(text, [IN_CARE], (c) => DOORWAY_TEST.test(c)),
  says: () => 'presents doorway counts as part of care, but no guideline uses them',
  fix: 'Say "Counting doorways is not part of routine care. Guidelines do not use doorway counts to choose treatment."',
});
