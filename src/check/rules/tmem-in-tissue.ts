// TMEM doorways are in tumor tissue, seen under a microscope (study-facts.md section 4 and "Do NOT
// say": "TMEM doorways are in the blood" or "a blood test for TMEM"; Medical Xpress made that
// mistake in 2017).
//
// Heuristic, clause by clause, when the clause names doorways or TMEM:
//  - the doorways placed in the blood: "doorways are in the blood", "TMEMs travel in your
//    bloodstream", "structures in the blood" (within a few words, no comma between, and not "blood
//    vessel": a doorway sits at a vessel wall, and cancer cells get "into the blood" through it);
//  - a blood test, sample or draw for them ("a blood test can count your doorways").
// A negation before is a correction ("They are not in the blood, and they are not counted with a
// blood test"); quotations and press reports are someone else's words.

import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

const DOORWAY = String.raw`(?:doorways?|TMEMs?|TMEM\s+doorways?)`;
const BLOOD = String.raw`(?:blood(?:stream)?|circulation|veins?)(?!\s*-?\s*vessels?)`;

export const DOORWAYS_IN_BLOOD: readonly NamedPattern[] = [
  { name: 'doorways in the blood', pattern: new RegExp(String.raw`\b${DOORWAY}\b(?:\s+(?!cells?\b)[\w'-]+){0,4}?\s+(?:in|inside|within|through|around)\s+(?:the\s+|your\s+|a\s+|their\s+|her\s+)?${BLOOD}\b`, 'i') },
  { name: 'a blood test for doorways', pattern: new RegExp(String.raw`\bblood(?:[-\s]based)?\s+(?:tests?|samples?|draws?|work)\b.*\b${DOORWAY}\b|\b${DOORWAY}\b.*\bblood(?:[-\s]based)?\s+(?:tests?|samples?|draws?|work)\b|\b${DOORWAY}\b(?:\s+[\w'-]+){0,4}?\s+(?:measured|counted|found|checked|tested|detected|seen)\s+(?:in|from|with)\s+(?:the\s+|a\s+|your\s+)?blood\b(?!\s*-?\s*vessels?)`, 'i') },
];

export const tmemInTissue = sentenceRule({
  id: 'tmem-in-tissue',
  description: 'TMEM doorways are in tumor tissue under a microscope: never "in the blood", never "a blood test".',
  find: (text) => claimedPattern(text, DOORWAYS_IN_BLOOD),
  says: (found) => `puts ${found === 'doorways in the blood' ? 'doorways in the blood' : 'doorways in a blood test'}, but they are structures in tumor tissue`,
  fix: 'Say "Doorways are only seen in tumor tissue under a microscope. They are not in the blood, and no blood test counts them."',
});
