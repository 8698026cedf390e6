// A relative number (a percentage, "3 times more", "2-fold", "doubled") sits next to a count
// with its denominator ("38 in 100", "4 of 20 women") in the same sentence, or the slide shows
// the numbers as a chart with its table (content-standards.md C5, A12; PEMAT 6–7).

import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** A number in digits or in words. */
export const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|a\s+thousand|thousand)`;

/** Relative numbers that mean nothing without a baseline. */
export const RELATIVE_NUMBERS: readonly RegExp[] = [
  /\d\s?%|\bper\s?cent\b/i,
  new RegExp(String.raw`\b(?:${NUMBER}|several|many)[-\s]?fold\b`, 'i'),
  new RegExp(String.raw`\b${NUMBER}\s+times\s+(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|as)\b`, 'i'),
  /\b\d+(?:\.\d+)?\s?x\s+(?:more|less|fewer|higher|lower|greater|as)\b/i,
  /\b(?:twice|half|double|triple)\s+as\b|\b(?:doubled|tripled|halved)\b/i,
];

/** "38 in 100", "4 of 20 women", "4,756 women in 10 trials", "1 out of every 4". */
export const COUNT_WITH_DENOMINATOR = new RegExp(
  String.raw`\b${NUMBER}\s+(?:[a-z-]+\s+){0,2}?(?:of|in|out\s+of)\s+(?:every\s+|the\s+)?${NUMBER}\b`,
  'i',
);

export const hasRelativeNumber = (s: string): boolean => RELATIVE_NUMBERS.some((re) => re.test(s));

export const numbersDenominator: Rule = {
  id: 'numbers-denominator',
  severity: 'error',
  description: 'A percentage, "N times", "-fold" or "doubled" comes with a count and its denominator, or the slide shows a chart table.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      if (slide.body.some((b) => b.type === 'chart')) continue;
      for (const s of sentences) {
        if (s.area === 'chart' || !hasRelativeNumber(s.text) || COUNT_WITH_DENOMINATOR.test(s.text)) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} gives a relative number without a count and its denominator: ${excerpt(s.text)}`,
          fix: 'Say it as a count out of a whole ("38 in 100 women", "4 of 20 women"), or show the numbers as a chart.',
        });
      }
    }
    return findings;
  },
};
