// Every rule has fixture decks in tests/fixtures/check/breaks/<rule-id>.ts that break it, and
// the checker reports exactly that `slide-id: rule-id` for each (and nothing else at that level).

import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/model/validate.ts';
import { problemLine, type Problem } from '../../src/check/rule.ts';
import { RULES } from '../../src/check/rules/index.ts';
import { runChecks } from '../../src/check/run.ts';
import type { BrokenCase } from '../fixtures/check/broken-case.ts';
import { assets, cleanDeck } from '../fixtures/check/clean-deck.ts';
import { cleanDeckEs, englishDeck, TRANSLATION } from '../fixtures/check/clean-deck-es.ts';

const modules = import.meta.glob<{ cases: readonly BrokenCase[] }>('../fixtures/check/breaks/*.ts', { eager: true });
const casesByRule = new Map(Object.entries(modules).map(([path, m]) => [basename(path, '.ts'), m.cases]));

/** Distinct `slide-id: rule-id` pairs, in report order. */
const pairs = (problems: readonly Problem[]) => [...new Set(problems.map((p) => `${p.slide}: ${p.rule}`))];

describe('the clean fixture deck', () => {
  it('is valid and passes every rule with no warnings', () => {
    validateDeck(cleanDeck(), { assets });
    const report = runChecks({ deck: cleanDeck() });
    expect(report.problems.map(problemLine)).toEqual([]);
    expect(report.summary.sentences).toBeGreaterThanOrEqual(30);
  });
});

describe('the clean fixture deck in Spanish', () => {
  it('is valid and passes every rule, read beside the English, with no warnings', () => {
    validateDeck(cleanDeckEs(), { assets });
    const report = runChecks({ deck: cleanDeckEs(), source: englishDeck(), translation: TRANSLATION });
    expect(report.problems.map(problemLine)).toEqual([]);
    expect(report.summary.sentences).toBeGreaterThanOrEqual(30);
  });
});

describe('fixtures that break one rule', () => {
  it('exist for every rule, one module per rule id', () => {
    expect([...casesByRule.keys()].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const cases = casesByRule.get(rule.id) ?? [];
      it('has at least one case', () => expect(cases.length).toBeGreaterThan(0));
      for (const c of cases) {
        it(`${c.name} → ${c.expected}`, () => {
          expect(c.expected.endsWith(`: ${rule.id}`)).toBe(true);
          // The deck is valid: the content rule, not schema validation, must catch it.
          validateDeck(c.deck, { assets });
          const report = runChecks({ deck: c.deck, review: c.review ?? null, ...(c.source ? { source: c.source } : {}), ...(c.translation ? { translation: c.translation } : {}), ...(c.today ? { today: c.today } : {}) });
          const lines = report.problems.map(problemLine).join('\n');
          const errors = report.problems.filter((p) => p.severity === 'error');
          const warnings = report.problems.filter((p) => p.severity === 'warning');
          if (rule.severity === 'error') {
            expect(pairs(errors), lines).toEqual([c.expected]);
            expect(report.ok).toBe(false);
          } else {
            expect(pairs(errors), lines).toEqual([]);
            expect(pairs(warnings), lines).toEqual([c.expected]);
            expect(report.ok).toBe(true);
          }
        });
      }
    });
  }
});
