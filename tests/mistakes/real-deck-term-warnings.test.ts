// Issue 23 (round two, from the lead): `npm run check` on the real deck printed 5 term-listed
// warnings: patent, macrophage and rebastinib defined on their slides but not on the words-to-know
// slide, and clinicalTrial and fda in the glossary but used nowhere. The unused terms are gone
// (from the Spanish glossary too); the three left off words to know on purpose now say so, with a
// reason, in a typed glossary field (leftOffWordsToKnow), so the warning stays for accidents.

import { describe, expect, it } from 'vitest';
import { deckInLang } from '../../src/load/lang-deck.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { problemLine } from '../../src/check/rule.ts';
import { runChecks } from '../../src/check/run.ts';
import { cases } from '../fixtures/check/breaks/term-listed.ts';

describe('npm run check on the real deck prints 5 term-listed warnings', () => {
  it('prints none now, in English or Spanish', { timeout: 120_000 }, async () => {
    const loaded = compileLoaded(await loadDeck());
    const es = deckInLang(loaded, 'es');
    // As npm run check runs each language (src/cli/commands/check.ts).
    for (const [lang, report] of [['en', runChecks(loaded.input, undefined, loaded)], ['es', runChecks({ ...es.input, source: loaded.input.deck }, undefined, es)]] as const) {
      expect(report.problems.filter((p) => p.rule === 'term-listed').map(problemLine), lang).toEqual([]);
    }
  });

  it('a term left off words to know on purpose says why, and is not listed there', async () => {
    const deck = (await import('../../slides/index.ts')).default;
    const listed = new Set<string>(deck.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'glossary' ? b.ids : []))));
    const off = Object.entries(deck.glossary).filter(([, e]) => e.leftOffWordsToKnow);
    expect(off.map(([id]) => id).sort()).toEqual(['macrophage', 'patent', 'rebastinib']);
    for (const [id, entry] of off) {
      expect(listed.has(id), id).toBe(false);
      expect(entry.leftOffWordsToKnow!.reason.length, id).toBeGreaterThan(20);
    }
  });

  it('the warning stays for accidents: an unmarked term left off, and a marked term listed after all', () => {
    for (const c of [cases[0]!, cases[2]!]) {
      expect(runChecks({ deck: c.deck }).problems.map(problemLine), c.name).toContainEqual(expect.stringContaining(c.expected));
    }
    expect(runChecks({ deck: cases[2]!.deck }).problems.map(problemLine)).toContainEqual(expect.stringMatching(/term-listed: lists "chemo", which slides\/glossary\.ts marks as left off "words to know" on purpose \(leftOffWordsToKnow\)\. Remove leftOffWordsToKnow from 'chemo'/));
  });
});
