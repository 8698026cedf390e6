// Every chart has its table. The table is structural: src/render/chart.ts always renders the
// chart's rows and series as a <table> next to the bars, and the schema requires at least one
// row, named series and one value per series. What is left to check is that the table can be
// read: every column (series) and row heading is distinct.

import type { Finding, Rule } from '../rule.ts';

const duplicates = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of names.map((s) => s.trim().toLowerCase())) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
};

export const chartTable: Rule = {
  id: 'chart-table',
  severity: 'error',
  description: 'Every chart table has distinct series names and row labels.',
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide } of slides) {
      slide.body.forEach((block, i) => {
        if (block.type !== 'chart') return;
        for (const [what, names] of [['series', block.series], ['row labels', block.rows.map((r) => r.label)]] as const) {
          const dup = duplicates(names);
          if (dup.length > 0) {
            findings.push({ slide: slide.id, message: `body[${i}] has repeated ${what} (${dup.map((d) => `"${d}"`).join(', ')})`, fix: 'Give each column and row of the table its own heading.' });
          }
        }
      });
    }
    return findings;
  },
};
