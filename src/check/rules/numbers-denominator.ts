// A relative number (a percentage, "3 times more", "2-fold", "doubled") sits next to a count
// with its denominator ("38 in 100", "4,756 women in 10 trials") in the same sentence, or the slide shows
// the numbers as a chart with its table (content-standards.md C5, A12; PEMAT 6–7).
// A number that must not be on a slide at all (how many of the 20 women had a change, an exact
// mouse count) is reported by human-count or mouse-numbers instead: their fix is to take it out,
// ours would be to add a denominator.

import { evidenceKinds } from '../../model/evidence.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';
import { countInSentence } from './human-count.ts';
import { mouseNumberIn } from './mouse-numbers.ts';
import { COUNT_WITH_DENOMINATOR, NUMBER } from './shared.ts';

export { COUNT_WITH_DENOMINATOR, NUMBER } from './shared.ts';

/** Relative numbers that mean nothing without a baseline. */
export const RELATIVE_NUMBERS: readonly RegExp[] = [
  /\d\s?%|\bper\s?cent\b/i,
  new RegExp(String.raw`\b(?:${NUMBER}|several|many)[-\s]?fold\b`, 'i'),
  new RegExp(String.raw`\b${NUMBER}\s+times\s+(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|as)\b`, 'i'),
  /\b\d+(?:\.\d+)?\s?x\s+(?:more|less|fewer|higher|lower|greater|as)\b/i,
  /\b(?:twice|half|double|triple)\s+as\b|\b(?:doubled|tripled|halved)\b/i,
];

export const hasRelativeNumber = (s: string): boolean => RELATIVE_NUMBERS.some((re) => re.test(s));

export const numbersDenominator: Rule = {
  id: 'numbers-denominator',
  severity: 'error',
  description: 'A percentage, "N times", "-fold" or "doubled" comes with a count and its denominator, or the slide shows a chart table.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      if (slide.body.some((b) => b.type === 'chart')) continue;
      const mouseSlide = evidenceKinds(slide.evidence).includes('mouse-study');
      for (const s of sentences) {
        if (s.area === 'chart' || !hasRelativeNumber(s.text) || COUNT_WITH_DENOMINATOR.test(s.text)) continue;
        if (countInSentence(s.unquoted) !== undefined || mouseNumberIn(s.unquoted, mouseSlide) !== undefined) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} gives a relative number without a count and its denominator: ${excerpt(s.text)}`,
          fix: 'Say it as a count out of a whole ("38 in 100 women"), or show the numbers as a chart.',
        });
      }
    }
    return findings;
  },
};
