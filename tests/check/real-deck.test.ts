// `npm run check` on the real deck (slides/index.ts): no error-level problem may remain.
// On failure the problem lines are printed, each saying which slide, which rule and what to do.

import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { formatSummary } from '../../src/check/report.ts';
import { problemLine } from '../../src/check/rule.ts';
import { runChecks } from '../../src/check/run.ts';

describe('the real deck', () => {
  it('passes npm run check with no errors', { timeout: 120_000 }, async () => {
    const report = runChecks(await loadDeck());
    const errors = report.problems.filter((p) => p.severity === 'error').map(problemLine);
    expect(errors, [...formatSummary(report.summary), ...errors].join('\n')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
