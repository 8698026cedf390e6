// Rebastinib is experimental (study-facts.md section 6 and "Do NOT say": "Rebastinib prevents
// metastasis in people", "rebastinib is available or approved", "ask your doctor for
// rebastinib"). It has had only phase 1b testing; in the 2017 study it was given to mice only.
//
// Heuristic, clause by clause, when the clause names rebastinib:
//  - approved, available, licensed, sold or prescribed (unless "only in a clinical trial");
//  - something to ask for or to get from a doctor ("ask your doctor for rebastinib", "you can get
//    rebastinib", "rebastinib is a treatment option");
//  - it prevents, stops, blocks or lowers spread or metastasis in people (active or passive), or
//    without saying "in mice" ("Rebastinib prevents metastasis", "was shown to stop spread"). A
//    past result without "in mice" on a mouse-study slide is mouse-results' ("say in mice").
// A negation before or inside is the honest status ("Rebastinib is not approved by the FDA");
// questions ask ("Can I get rebastinib with my chemo?").

import { evidenceKinds } from '../../model/evidence.ts';
import { claimedPattern, type NamedPattern, namesAnimals, namesPeople, sentenceRule } from './shared.ts';

/** "Only in a clinical trial" is the honest way to say where it can be had. */
const ONLY_IN_TRIALS = /\b(?:only|just)\b.*\btrials?\b|\bby\s+joining\s+(?:a\s+)?(?:clinical\s+)?trials?\b|\bin\s+(?:a\s+)?(?:clinical\s+)?trials?\b/i;
const PREVENTS_NOW = String.raw`(?:prevents?|stops?|blocks?|reduces?|lowers?|cuts?|halts?|protects?\s+against|works?\s+against|can\s+(?:prevent|stop|block|reduce|lower)|will\s+(?:prevent|stop|block|reduce|lower))`;
const PREVENTED = String.raw`(?:prevented|stopped|blocked|reduced|lowered|cut|halted)`;
const SPREAD = String.raw`(?:metastas[ie]s|spread|spreading|the\s+extra\s+spread|cancer\s+spread)`;

export const AVAILABLE: NamedPattern = {
  name: 'available or approved',
  pattern: /\b(?:is|are|was|has\s+been|have\s+been|now|already|became|become|got|gets)\s+(?:\w+\s+){0,2}?(?:approved|available|licensed|on\s+the\s+market|sold|prescribed|in\s+pharmacies|FDA[-\s]approved|a\s+standard\s+treatment)\b|\bapproved\s+rebastinib\b|\bapproval\s+(?:of|for)\s+rebastinib\b/i,
};
export const ASK_FOR: NamedPattern = {
  name: 'something to ask for',
  pattern: /\bask\s+(?:[\w']+\s+){0,3}?(?:for|about\s+getting|to\s+(?:prescribe|give|start))\s+(?:[\w']+\s+){0,2}?rebastinib\b|\b(?:request|demand)\s+rebastinib\b|\b(?:can|could|may|should)\s+(?:\w+\s+)?(?:get|take|have|start|receive|be\s+given|be\s+prescribed)\s+rebastinib\b|\brebastinib\s+(?:is|as)\s+(?:a|an)\s+(?:\w+\s+)?(?:treatment|option|medicine|choice)\b/i,
};
/** Rebastinib, then (within the clause) a verb of preventing, then spread: active, and passive with "by rebastinib". */
export const WORKS: NamedPattern = {
  name: 'works in people',
  pattern: new RegExp(String.raw`\brebastinib\b[^;]{0,160}?\b(?:${PREVENTS_NOW}|${PREVENTED}|prevent|stop|block|reduce|lower)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?${SPREAD}\b|\b${SPREAD}\s+(?:is|was|can\s+be|will\s+be|gets?|got)\s+${PREVENTED}\s+by\s+rebastinib\b`, 'i'),
};
/** Past tense ("rebastinib blocked the spread"): on a mouse-study slide, mouse-results asks for "in mice". */
const PAST = new RegExp(String.raw`\b${PREVENTED}\b|\bwas\s+shown\b`, 'i');

export function rebastinibClaim(text: string, mouseSlide = false): string | undefined {
  const mentions = (clause: string) => /\brebastinib\b/i.test(clause);
  const available = claimedPattern(text, [AVAILABLE, ASK_FOR], (c) => mentions(c) && !ONLY_IN_TRIALS.test(c));
  if (available !== undefined) return available;
  // About people: it names them, or it names no mice at all (then it reads as a claim about people).
  const mice = namesAnimals(text);
  return claimedPattern(text, [WORKS], (c) => mentions(c) && (namesPeople(c) || (!mice && !(mouseSlide && PAST.test(c)))));
}

export const rebastinibStatus = sentenceRule({
  id: 'rebastinib-status',
  description: 'Rebastinib is experimental: never approved, available, something to ask for, or shown to prevent spread in people.',
  find: (text, { slide }) => rebastinibClaim(text, evidenceKinds(slide.evidence).includes('mouse-study')),
  says: (found) => `says rebastinib is ${found === 'works in people' ? 'shown to work in people' : found}, but it is experimental`,
  fix: 'Say "Rebastinib is an experimental drug. It is not approved. It has only been tested in small early studies." Its effect on spread was seen in mice.',
});
