// The study was about breast cancer and mainly one drug (study-facts.md sections 2–4 and "Do NOT
// say": "All chemotherapy drugs" or "all cancers"). In mice: paclitaxel, plus doxorubicin with
// cyclophosphamide; in women: tissue after those three drugs.
//
// Heuristic, clause by clause: "all", "every", "any" chemo / chemo drugs / chemotherapy / cancers /
// types of cancer, and "chemo in general" or "cancer in general". A negation before is the honest
// limit ("It was not about all cancers"); questions ask ("Does this apply to all cancers?").
// "Every cancer cell" and "any cancer care team" are not about the study's scope.

import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

const CHEMO = String.raw`(?:chemo|chemotherapy|chemotherapies|chemo\s+drugs|chemotherapy\s+drugs|cancer\s+drugs|cancer\s+medicines?)`;
const KIND = String.raw`(?:(?:types?|kinds?|forms?|sorts?)\s+of\s+)`;
/** Words after "cancer" that make it about something else ("every cancer cell"). */
const NOT_SCOPE = String.raw`(?!\s+(?:cells?|care|teams?|doctors?|centers?|centres?|nurses?|clinics?|specialists?))`;

export const TOO_BROAD: readonly NamedPattern[] = [
  { name: 'all chemo', pattern: new RegExp(String.raw`\b(?:all|every|any|each)\s+(?:the\s+)?${KIND}?${CHEMO}\b(?!\s+cells?)|\b${CHEMO}\s+in\s+general\b|\b(?:all|every)\s+(?:chemo|chemotherapy|cancer)\s+(?:drug|drugs|treatment|treatments)\b`, 'i') },
  { name: 'all cancers', pattern: new RegExp(String.raw`\b(?:all|every|any|each)\s+${KIND}?cancers?\b${NOT_SCOPE}|\bcancers?\s+in\s+general\b|\ball\s+tumou?rs\b`, 'i') },
];

export const studyScope = sentenceRule({
  id: 'study-scope',
  description: 'The study was about breast cancer and mainly paclitaxel: never "all chemo drugs" or "all cancers".',
  find: (text) => claimedPattern(text, TOO_BROAD),
  says: (found) => `widens the study to "${found}", but it was about breast cancer and mainly paclitaxel`,
  fix: 'Say which: "breast cancer", and "the chemo drug paclitaxel" (in mice, also doxorubicin and cyclophosphamide).',
});
