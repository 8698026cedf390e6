// Numbers that may leave a calculation to the reader (PEMAT 7, CCI 17). Where a pattern cannot
// be sure, it warns: decimals and fractions in body text, and "higher/lower risk" with no number
// at all. (Relative numbers such as "3 times" or "-fold" are claim-numbers' errors: no fact has one.)

import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

export const UNSURE_NUMBERS: readonly { readonly what: string; readonly pattern: RegExp; readonly areas: readonly string[] }[] = [
  { what: 'a decimal', pattern: /\b\d+\.\d+\b/, areas: ['heading', 'body'] },
  { what: 'a fraction', pattern: /\b\d+\/\d+\b|\b(?:a|one|two)\s+(?:third|quarter|fifth)s?\b/i, areas: ['heading', 'body', 'notes'] },
  {
    what: 'a risk change without a number',
    pattern: /^(?!.*\d)(?=.*\b(?:higher|lower|greater|smaller|increased|reduced|raised|lowered)\s+(?:risk|chance|rate)s?\b)/i,
    areas: ['heading', 'body', 'notes'],
  },
];

export const numbersCalculation: Rule = {
  id: 'numbers-calculation',
  severity: 'warning',
  description: 'No calculations left to the reader: decimals, fractions, unclear "times", risk changes without numbers.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      for (const s of sentences) {
        const unsure = UNSURE_NUMBERS.find((u) => u.areas.includes(s.area) && u.pattern.test(s.text));
        if (!unsure) continue;
        findings.push({
          slide: slide.id,
          message: `${s.field} has ${unsure.what}: ${excerpt(s.text)}`,
          fix: 'Check that nobody has to work anything out: use whole numbers out of a whole ("about 38 in 100"), and say how big a change is.',
        });
      }
    }
    return findings;
  },
};
