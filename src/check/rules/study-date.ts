// The study is from 2017 (study-facts.md section 1 and "Do NOT say": "A new study in 2025…").
// The 2025 news article presented it as new; the deck must not repeat that framing anywhere,
// the deck's own title and description included.
//
// Heuristic, clause by clause (NEW_STUDY), plus a check of the years:
//  - "new", "latest", "brand-new", "just published" (and "this recent") study, research, paper or
//    findings;
//  - "this study" / "the study" published, out or released in a year other than 2017, and any
//    study, paper or research "from 2025" / "2025 study" (2025 is the news article's year);
//  - "just published", "this year's study".
// A negation just before is an honest denial ("It is not a new study"); quotations are someone
// else's words ('The story called it "new research"'). Other studies may have other years ("A
// 2023 study looked at tissue from more women").

import { excerpt, maskQuotations } from '../phrases.ts';
import { DECK, type Finding, type Rule } from '../rule.ts';
import { claimedPattern, type NamedPattern, sentenceRule } from './shared.ts';

export const STUDY_YEAR = 2017;
/** The year of the news article that called the study new. */
export const NEWS_YEAR = 2025;

const STUDY_WORDS = String.raw`(?:study|studies|research|paper|findings|results)`;

export const NEW_STUDY: readonly NamedPattern[] = [
  { name: 'new study', pattern: new RegExp(String.raw`\b(?:new|brand[-\s]new|newest|latest|newly\s+published|just[-\s]published|fresh)\s+(?:[\w-]+\s+){0,2}?${STUDY_WORDS}\b`, 'i') },
  { name: 'recent study', pattern: new RegExp(String.raw`\b(?:this|the|a)\s+recent\s+(?:[\w-]+\s+)?${STUDY_WORDS}\b`, 'i') },
  { name: 'just published', pattern: /\bjust\s+(?:been\s+)?(?:published|came\s+out|come\s+out|released|out)\b|\b(?:this|last)\s+(?:year|month|week)'s\s+(?:study|research|paper)\b/i },
  { name: `a ${NEWS_YEAR} study`, pattern: new RegExp(String.raw`\b${NEWS_YEAR}\s+${STUDY_WORDS}\b|\b${STUDY_WORDS}\s+(?:from|of|in)\s+${NEWS_YEAR}\b`, 'i') },
  {
    name: 'published in another year',
    pattern: new RegExp(String.raw`\b(?:this|the|that)\s+(?:[\w-]+\s+)?(?:study|research|paper)\b(?:\s+[\w-]+){0,4}?\s+(?:published|came\s+out|released|appeared|done|out)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+)?(?!${STUDY_YEAR}\b)20\d\d\b`, 'i'),
  },
];

export const claimsNewStudy = (text: string): string | undefined => claimedPattern(text, NEW_STUDY);

const FIX = `Say when it came out: "This study was published in July ${STUDY_YEAR}. It is not a new study." Quote the news in double quotes to correct it.`;
const says = (found: string) => `presents the ${STUDY_YEAR} study as new ("${found}")`;

const sentences = sentenceRule({
  id: 'study-date',
  description: `The study is from ${STUDY_YEAR}: never "a new study", "the latest research", "a ${NEWS_YEAR} study" (deck text and deck title).`,
  find: claimsNewStudy,
  says,
  fix: FIX,
});

export const studyDate: Rule = {
  ...sentences,
  check: (reading) => {
    const findings: Finding[] = [...sentences.check(reading)];
    const { meta } = reading.deck;
    for (const [field, text] of Object.entries({ 'meta.title': meta.title, 'meta.subtitle': meta.subtitle ?? '', 'meta.description': meta.description })) {
      const found = claimsNewStudy(maskQuotations(text));
      if (found !== undefined) findings.push({ slide: DECK, message: `${field} ${says(found)}: ${excerpt(text)}`, fix: FIX });
    }
    return findings;
  },
};
