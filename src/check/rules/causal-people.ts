// No causal verbs in sentences about people unless randomized evidence backs the slide
// (content-standards.md C3, A11: in people the study measured tissue markers, not outcomes).
//
// Heuristic, sentence by sentence:
//  - the sentence names people (PEOPLE_WORDS) and contains a causal pattern (CAUSAL_PATTERNS);
//  - a negation before the causal verb ("does not cause", "did not lead to") is a denial, not a claim;
//  - a question asks, it does not claim;
//  - words inside quotation marks are someone else's (a headline, a paper title) and are exempt;
//  - slides that cite a randomized trial or meta-analysis may say "caused" about people.

import type { SourceType } from '../../model/types.ts';
import { containsAny, hasNegation, isQuestion, excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

export const PEOPLE_WORDS = ['women', 'woman', 'people', 'person', 'patients', 'patient', 'human', 'humans', 'men', 'you', 'your'];

/** Causal wording, by name (the name appears in the message). */
export const CAUSAL_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'cause', pattern: /\bcaus(?:e|es|ed|ing)\b/i },
  {
    name: 'make … worse/more',
    pattern: /\b(?:make|makes|made|making)\b(?:\s+[\w'-]+){0,4}?\s+(?:worse|more\s+aggressive|more\s+(?:cancer|spread|doorways?|tumou?rs?|cells?)|spread|grow|come\s+back)\b/i,
  },
  { name: 'lead to', pattern: /\b(?:lead|leads|led|leading)\s+to\b/i },
  { name: 'trigger', pattern: /\btrigger(?:s|ed|ing)?\b/i },
  { name: 'induce', pattern: /\binduc(?:e|es|ed|ing)\b/i },
  { name: 'drive', pattern: /\b(?:drive|drives|drove|driven|driving)\s+(?:the\s+)?(?:spread|growth|cancer|tumou?rs?|metastasis)\b/i },
  // "spread" as a verb with the treatment as its subject ("chemo spreads cancer").
  { name: 'spread (chemo as subject)', pattern: /\b(?:chemo|chemotherapy|treatment|paclitaxel|drugs?)\s+(?:may\s+|can\s+|could\s+|might\s+|will\s+|does\s+)?spreads?\b/i },
];

/** Source types whose design can support a causal claim about people. */
export const CAUSAL_SOURCE_TYPES: ReadonlySet<SourceType> = new Set(['randomized-trial', 'meta-analysis']);

/** The first causal pattern claimed (not negated before it) in a sentence, if any. */
export function causalClaim(sentence: string): string | undefined {
  for (const { name, pattern } of CAUSAL_PATTERNS) {
    const match = pattern.exec(sentence);
    if (match && !hasNegation(sentence.slice(0, match.index))) return name;
  }
  return undefined;
}

export const causalPeople: Rule = {
  id: 'causal-people',
  severity: 'error',
  description: 'No causal verbs (causes, makes … worse, leads to, triggers, induces, spreads) about people without randomized evidence.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences, cited } of slides) {
      if (cited.some((id) => CAUSAL_SOURCE_TYPES.has(deck.sources[id]!.type))) continue; // ids resolve: validate.ts
      for (const s of sentences) {
        if (s.area === 'chart' || isQuestion(s.text) || !containsAny(s.unquoted, PEOPLE_WORDS)) continue;
        const claim = causalClaim(s.unquoted);
        if (claim === undefined) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} says "${claim}" about people without randomized evidence: ${excerpt(s.text)}`,
          fix: 'Describe what was measured ("had more doorways in tissue"), not a cause; or put a quoted claim in double quotes.',
        });
      }
    }
    return findings;
  },
};
