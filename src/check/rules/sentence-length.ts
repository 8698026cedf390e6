// No sentence over 20 words (Federal Plain Language Guidelines; content-standards.md G7, A15),
// in body text, alt text and speaker notes. A list item or caption without end punctuation
// counts as one sentence.

import { excerpt } from '../phrases.ts';
import type { Area } from '../reading.ts';
import type { Finding, Rule } from '../rule.ts';

export const MAX_SENTENCE_WORDS = 20;
const CHECKED_AREAS: ReadonlySet<Area> = new Set(['body', 'alt', 'notes']);

export const sentenceLength: Rule = {
  id: 'sentence-length',
  severity: 'error',
  description: `No sentence over ${MAX_SENTENCE_WORDS} words in body text, alt text or notes.`,
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      for (const s of sentences) {
        if (!CHECKED_AREAS.has(s.area) || s.words.length <= MAX_SENTENCE_WORDS) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} has a sentence of ${s.words.length} words: ${excerpt(s.text)}`,
          fix: `Split it: at most ${MAX_SENTENCE_WORDS} words, one idea per sentence.`,
        });
      }
    }
    return findings;
  },
};
