// The handout's pages (dist/handout.html and its short and Spanish versions, printed to the
// handout PDFs) as a reader's tools see them, after its word list became a list (<dl> → <ul>)
// and its decorations artifacts (issue 22): the W3C Nu HTML Checker finds no error, and axe no
// violation and no undecided contrast, on US Letter's width.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { vnuCheck } from '../support/vnu.ts';

const PAGES = ['handout.html', 'handout-short.html', 'es/handout.html', 'es/handout-short.html'];

describe('the handout pages', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 816, height: 1056 } }); // US Letter at 96 px an inch
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('the Nu HTML Checker finds no error in any of them', () => {
    const dist = inject('distDir');
    const results = vnuCheck(PAGES.map((p) => join(dist, p)));
    const errors = PAGES.flatMap((p) => (results.get(join(dist, p)) ?? []).filter((m) => m.kind === 'error').map((m) => `${p}:${m.line}: ${m.message}`));
    expect(results.size).toBe(PAGES.length);
    expect(errors).toEqual([]);
  });

  it.each(PAGES)('%s: axe finds no violation and no undecided contrast; its words are a list', async (page) => {
    await s.page.goto(s.server.url + page, { waitUntil: 'load' });
    await s.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const report = await runAxe(s.page);
    expect(report.violations).toEqual([]);
    expect(report.contrastIncomplete).toEqual([]);
    expect(await s.page.locator('ul.glossary > li').count()).toBeGreaterThan(3);
  });
});
