// Per-slide Flesch-Kincaid grade above 8 is a flag for a human to look at, not a gate: on a
// few sentences one long word dominates the score (content-standards.md §3.3, G6, A14).

import { countSentences, scores } from '../readability/scores.ts';
import type { Finding, Rule } from '../rule.ts';

export const MAX_SLIDE_FK_GRADE = 8;

export const fkGrade: Rule = {
  id: 'fk-grade',
  severity: 'warning',
  description: `Per-slide Flesch-Kincaid grade above ${MAX_SLIDE_FK_GRADE} is flagged (body text and notes).`,
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, corpus } of slides) {
      const grade = scores(countSentences(corpus.map((s) => s.text))).fleschKincaidGrade;
      if (grade === null || grade <= MAX_SLIDE_FK_GRADE) continue;
      findings.push({
        slide: slide.id,
        message: `Flesch-Kincaid grade is ${grade.toFixed(1)} (flag above ${MAX_SLIDE_FK_GRADE})`,
        fix: 'Look for long words that have a plain swap, and long sentences to split.',
      });
    }
    return findings;
  },
};
