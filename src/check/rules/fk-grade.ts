// Per-slide reading level, a flag for a human to look at, not a gate: on a few sentences one long
// word dominates the score (content-standards.md §3.3, G6, A14). In the deck's language:
//  - fk-grade: English, Flesch-Kincaid grade above 8;
//  - fernandez-huerta: Spanish, Fernández-Huerta (corrected) below 70 (about 6th grade).

import { MAX_SLIDE_FK_GRADE, READABILITY } from '../readability/languages.ts';
import { FERNANDEZ_HUERTA_FLAG } from '../readability/spanish/scores.ts';
import type { Finding, Rule } from '../rule.ts';

export { MAX_SLIDE_FK_GRADE } from '../readability/languages.ts';

function flagRule(id: string, description: string): Rule {
  return {
    id,
    severity: 'warning',
    description,
    check: ({ compiled, slides }) => {
      const r = READABILITY[compiled.lang ?? 'en'];
      const findings: Finding[] = [];
      for (const { slide, corpus } of slides) {
        if (corpus.length === 0) continue;
        const flag = r.slideFlag(r.score(corpus.map((s) => s.text)));
        if (flag?.rule === id) findings.push({ slide: slide.id, message: flag.message, fix: flag.fix });
      }
      return findings;
    },
  };
}

export const fkGrade = flagRule('fk-grade', `English: per-slide Flesch-Kincaid grade above ${MAX_SLIDE_FK_GRADE} is flagged (body text and notes).`);
export const fernandezHuerta = flagRule('fernandez-huerta', `Spanish: per-slide Fernández-Huerta below ${FERNANDEZ_HUERTA_FLAG} is flagged (body text and notes).`);
