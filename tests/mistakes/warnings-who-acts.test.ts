// Issue 23, weak case: "every check ends with 4 warnings the presenter cannot act on". On the
// real deck npm run check ended with three sources without a verified year and one plain-http
// link, in the same list as the presenter's own. Now a rule says who acts on it (Rule.actor,
// src/check/rule.ts), each such line starts with who ("for the fact-checker (slides/sources.ts):"),
// and the heading counts them apart from the presenter's.

import { describe, expect, it } from 'vitest';
import { problemLine, type Problem } from '../../src/check/rule.ts';
import { formatText } from '../../src/check/report.ts';
import { runChecks } from '../../src/check/run.ts';
import { runMain } from '../support/cli.ts';
import { cases } from '../fixtures/check/breaks/term-listed.ts';

describe('every check ends with 4 warnings the presenter cannot act on', () => {
  it('on the real deck, each warning not for the presenter says who should act, and the heading counts them', { timeout: 120_000 }, async () => {
    const ran = await runMain('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(0);
    // The English section's warnings (plain check prints one section per language).
    const at = ran.stdout.indexOf('\nWarnings (');
    const block = ran.stdout.slice(at, ran.stdout.indexOf('\nPASSED', at) >>> 0);
    const heading = /^\nWarnings \((\d+)\)(?:: (none|\d+) for the presenter, (\d+) for others \(each line says who\))?$/m.exec(block);
    expect(heading, block).not.toBeNull();
    const lines = block.split('\n').slice(2).filter((l) => l.startsWith('  '));
    const source = lines.filter((l) => /: deck: source-(?:year|link): /.test(l));
    expect(source.length).toBeGreaterThan(0);
    for (const line of source) expect(line).toMatch(/^ {2}for the fact-checker \(slides\/sources\.ts\): deck: source-/);
    const others = lines.filter((l) => l.startsWith('  for ')).length;
    expect(Number(heading![3] ?? 0)).toBe(others);
    expect(heading![2] === 'none' ? 0 : Number(heading![2])).toBe(lines.length - others);
  });

  it('the presenter’s own warnings come first, with no "for …" in front', () => {
    const report = runChecks({ deck: cases[0]!.deck });
    const theirs = report.problems.find((p) => p.severity === 'warning')!;
    const other: Problem = { slide: 'deck', rule: 'source-year', severity: 'warning', actor: 'fact-checker', message: 'source "x" has no verified year ("n.d.")', fix: 'Find the date.' };
    const text = formatText({ ...report, problems: [other, ...report.problems] });
    const block = text.slice(text.indexOf('Warnings ('));
    expect(block.split('\n')[1]).toBe(`  ${problemLine(theirs)}`);
    expect(block).toContain(`  for the fact-checker (slides/sources.ts): deck: source-year: source "x" has no verified year ("n.d."). Find the date.`);
    expect(block.split('\n')[0]).toMatch(/^Warnings \(\d+\): \d+ for the presenter, 1 for others \(each line says who\)$/);
  });
});
