// No causal wording about people (content-standards.md C3, A11; study-facts.md "Do NOT say":
// "chemo makes breast cancer spread / more aggressive" as a fact in people, and "neoadjuvant chemo
// increases the risk of metastasis or death"). In people the 2017 study measured tissue markers,
// not outcomes; the randomized trials found no difference in spread or death.
//
// Heuristic, clause by clause (phrases.ts `clauses`):
//  - the clause uses causal wording (CAUSAL_PATTERNS: verbs such as causes, leads to, triggers,
//    promotes, fuels, drives, makes … spread, raises the risk of; passive forms such as "is caused
//    by", "was made worse", "was spread by"; and "is to blame");
//  - and it is about people and what the study is about: it names them (PEOPLE_WORDS, not "not in
//    people") and an outcome (STUDY_OUTCOME: cancer, doorways, spread, survival, ...), or it claims
//    harm from chemo (CHEMO_WORDS + HARM) without naming mice anywhere in the sentence: "Chemo
//    makes breast cancer spread" is a claim about people's cancer;
//  - a negation before the causal words, or "no" right after them, is a denial ("did not show that
//    chemo causes …", "caused no change"), not a claim;
//  - questions ask; words in quotation marks, or reported from the press ("a news site said …"),
//    are someone else's;
//  - slides that cite a randomized trial or meta-analysis may use causal wording about people,
//    except for harm (spread, aggressive, death, survival): those trials found no difference.

import type { SourceType } from '../../model/types.ts';
import { attributedToPress, clauses, excerpt, isQuestion } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { denied, namesAnimals, namesChemo, namesPeople } from './shared.ts';

export { PEOPLE_WORDS } from './shared.ts';

export interface CausalPattern {
  /** Appears in the message. */
  readonly name: string;
  readonly pattern: RegExp;
  /** Only causal when the clause names chemo ("more likely to die" says nothing about a cause on its own). */
  readonly needsChemo?: boolean;
}

const TREATMENT = String.raw`(?:chemo|chemotherapy|treatment|paclitaxel|drugs?)`;

/** Causal wording, by name. Active and passive forms match the same pattern where they share a word. */
export const CAUSAL_PATTERNS: readonly CausalPattern[] = [
  // "causes", "caused", "is caused by", "causing"
  { name: 'cause', pattern: /\bcaus(?:e|es|ed|ing)\b/i },
  // "makes cancer spread", "makes the cancer more aggressive", "was made worse"
  {
    name: 'make … worse/more/spread',
    pattern: /\b(?:make|makes|made|making)\b(?:\s+[\w'-]+){0,5}?\s+(?:worse|(?:more\s+)?aggressive|more\s+likely\s+to\s+spread|more\s+(?:cancer|spread|doorways?|tumou?rs?|cells?)|spread|grow|come\s+back)\b/i,
  },
  { name: 'make … easier to spread', pattern: /\b(?:make|makes|made|making)\s+it\s+easier\s+for\s+(?:the\s+)?(?:cancer|cancer\s+cells|cells|tumou?rs?)\s+to\b/i },
  { name: 'lead to', pattern: /\b(?:lead|leads|led|leading)\s+to\b/i },
  { name: 'trigger', pattern: /\btrigger(?:s|ed|ing)?\b/i },
  { name: 'induce', pattern: /\binduc(?:e|es|ed|ing)\b/i },
  { name: 'drive', pattern: /\b(?:drive|drives|drove|driving)\s+(?:the\s+|more\s+)?(?:spread|growth|cancer|tumou?rs?|metastas[ie]s)\b|\bdriven\s+by\b/i },
  { name: 'promote', pattern: /\bpromot(?:e|es|ed|ing)\b/i },
  { name: 'fuel', pattern: /\bfuel(?:s|ed|led|ing|ling)?\b/i },
  { name: 'worsen/speed up', pattern: /\b(?:worsen(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|speeds?\s+up|sped\s+up|spark(?:s|ed|ing)?|provok(?:e|es|ed|ing)|unleash(?:es|ed|ing)?)\b/i },
  { name: 'to blame', pattern: /\bto\s+blame\b|\bblam(?:e|es|ed|ing)\b|\bresponsible\s+for\b/i },
  { name: 'because of chemo', pattern: new RegExp(String.raw`\b(?:because\s+of|due\s+to|as\s+a\s+result\s+of|owing\s+to)\s+(?:the\s+|their\s+|your\s+|her\s+)?${TREATMENT}\b`, 'i') },
  // "increases the risk of spread", "raises women's chance of dying", "doubles the odds"
  { name: 'raise the risk', pattern: /\b(?:increas|rais|boost|doubl|tripl|heighten|multipl)\w*\s+(?:[\w']+\s+){0,2}?(?:risk|chance|odds|likelihood|rate)s?\b/i },
  { name: 'raise the risk', pattern: /\b(?:risk|chance|odds|likelihood)\s+of\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|gets?|got|be|been)\s+(?:\w+\s+)?(?:increased|raised|boosted|doubled|tripled|made\s+higher)\b/i },
  { name: 'increase spread', pattern: /\b(?:increas|rais|boost|doubl|tripl)\w*\s+(?:the\s+|their\s+|your\s+)?(?:spread|metastas[ie]s|deaths?|doorways?|markers?)\b/i },
  { name: 'shorten lives', pattern: /\b(?:shorten|lower|reduc|cut|worsen|harm|hurt)\w*\s+(?:[\w']+\s+){0,2}?(?:lives|life|survival|lifespan|life\s+expectancy)\b/i },
  // Comparisons that only become a causal claim with chemo in the clause ("Women who had chemo first were more likely to die").
  {
    name: 'more likely to die/spread',
    needsChemo: true,
    pattern: /\b(?:more|less)\s+likely\s+to\s+(?:die|spread|relapse|have\s+(?:spread|metastas[ie]s))\b|\b(?:higher|greater|bigger|increased|raised)\s+(?:\w+\s+)?(?:risk|chance|odds|rate)s?\s+of\s+(?:\w+\s+){0,2}?(?:spread|spreading|metastas[ie]s|death|dying)\b/i,
  },
  // "spread" as a verb with the treatment as its subject ("chemo spreads cancer"), or its agent ("was spread by chemo").
  { name: 'spread (chemo as subject)', pattern: new RegExp(String.raw`\b${TREATMENT}\s+(?:may\s+|can\s+|could\s+|might\s+|will\s+|does\s+)?spreads?\b|\bspread\s+by\s+(?:the\s+)?${TREATMENT}\b`, 'i') },
  { name: 'help … spread', pattern: /\bhelp(?:s|ed|ing)?\s+(?:the\s+)?(?:cancer|tumou?rs?|cancer\s+cells|cells)\s+(?:to\s+)?spread\b/i },
];

/** Harm the randomized trials measured and found no difference in: never a causal claim about people. */
export const HARM = /\b(?:spread|spreads|spreading|migrat\w*|metastas[ie]s|metastasi[sz]e[sd]?|metastatic|aggressive|worse|deaths?|die|dies|died|dying|mortality|survival|lives|life|lifespan)\b/i;
/** "The same survival either way" is not harm. */
const NO_DIFFERENCE = /\b(?:same|similar|equal|just\s+as|no\s+difference)\b/i;

export const claimsHarm = (clause: string): boolean => HARM.test(clause) && !NO_DIFFERENCE.test(clause);

/**
 * Waiting to start chemo, as the registry study of delay describes it (study-facts.md C6: "starting
 * chemo 3 months or more after surgery was linked with a lower chance of survival"). Harm linked
 * with waiting is the reason not to delay treatment, not a claim that chemo harms.
 */
export const ABOUT_DELAY = /\b(?:wait|waits|waited|waiting|delay|delays|delayed|delaying|put\s+off|putting\s+off|\d+\s+months?\s+or\s+more)\b/i;

/**
 * What the study and the trials are about. A causal sentence about people with none of these is
 * about something else ("Chemo can cause hair loss for you", "It may raise your risk of
 * infection"): true, and not this rule's business.
 */
export const STUDY_OUTCOME = /\b(?:spread\w*|migrat\w*|metasta\w*|cancers?|tumou?rs?|cells?|doorways?|TMEMs?|markers?|mena|aggressive|worse|deaths?|die|dies|died|dying|mortality|survival|lives|life|lifespan|blood|lungs?|grow|grows|grew|growing|come\s+back|comes\s+back|came\s+back)\b/i;

/** The first causal pattern claimed in a clause (not denied, not reported from the press), if any. */
function claimIn(clause: string): string | undefined {
  for (const { name, pattern, needsChemo } of CAUSAL_PATTERNS) {
    if (needsChemo && !namesChemo(clause)) continue;
    const match = pattern.exec(clause);
    if (match && !denied(clause, match.index, match[0].length) && !attributedToPress(clause.slice(0, match.index))) return name;
  }
  return undefined;
}

/** The first causal pattern claimed in a sentence, clause by clause, if any. */
export function causalClaim(sentence: string): string | undefined {
  for (const clause of clauses(sentence)) {
    const claim = claimIn(clause);
    if (claim !== undefined) return claim;
  }
  return undefined;
}

/**
 * The causal claim about people this rule reports in a sentence (its unquoted text), if any.
 * `randomized`: the slide cites a randomized trial or meta-analysis. Exported so mouse-results
 * leaves such sentences to this rule (one problem per sentence).
 */
export function causalAboutPeople(sentence: string, randomized: boolean): string | undefined {
  if (isQuestion(sentence)) return undefined;
  const mice = namesAnimals(sentence);
  for (const clause of clauses(sentence)) {
    const claim = claimIn(clause);
    if (claim === undefined) continue;
    const harm = claimsHarm(clause);
    if (harm && ABOUT_DELAY.test(clause)) continue;
    const aboutPeople = (namesPeople(clause) && STUDY_OUTCOME.test(clause)) || (harm && !mice && namesChemo(clause));
    if (aboutPeople && (!randomized || harm)) return claim;
  }
  return undefined;
}

/** Source types whose design can support a causal claim about people. */
export const CAUSAL_SOURCE_TYPES: ReadonlySet<SourceType> = new Set(['randomized-trial', 'meta-analysis']);

export const causalPeople: Rule = {
  id: 'causal-people',
  severity: 'error',
  description: 'No causal wording (causes, makes … spread, raises the risk of, promotes, is caused by, ...) about people, nor harm from chemo stated as a fact.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences, cited } of slides) {
      const randomized = cited.some((id) => CAUSAL_SOURCE_TYPES.has(deck.sources[id]!.type)); // ids resolve: validate.ts
      for (const s of sentences) {
        if (s.area === 'chart' || isQuestion(s.text)) continue;
        const claim = causalAboutPeople(s.unquoted, randomized);
        if (claim === undefined) continue;
        findings.push({
          slide: slide.id,
          message: randomized
            ? `${s.field} says "${claim}" about harm in people, but the randomized trials found no difference in spread or death: ${excerpt(s.text)}`
            : `${s.field} says "${claim}" about people, but in people the study only measured tissue markers: ${excerpt(s.text)}`,
          fix: 'Say what was measured ("After chemo, the leftover tumor tended to have more doorways") or say "in mice"; the trials found no difference in spread or death. Quote a claim in double quotes to correct it.',
        });
      }
    }
    return findings;
  },
};
