// `npm run build:single` also writes the reading view as one self-contained file (out/read.html)
// next to out/deck.html: opened from file:// in an offline browser it shows the whole talk with
// the deck's own font, loads nothing from beside it, runs no script, and links back to the deck.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { externalReferences } from '../../src/build/single-file.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { expectNoIncidentsAfterEach, startFileSession, type DeckPage } from '../support/deck-page.ts';
import { sharedSingleFile } from '../support/shared.ts';
import { vnuCheck } from '../support/vnu.ts';
const slides = readManifest(inject('distDir')).editions.full!.slides;

describe('the single-file reading view (out/read.html) from file://, offline, at 375 px', () => {
  let s: DeckPage;
  let DECK: string;
  let file: string;
  let html: string;
  const requests: string[] = [];
  beforeAll(async () => {
    const built = await sharedSingleFile();
    DECK = built.file;
    file = built.readFile;
    html = readFileSync(file, 'utf8');
    s = await startFileSession(file, { viewport: { width: 375, height: 740 }, context: { offline: true } });
    s.context.on('request', (r) => requests.push(r.url()));
    await s.page.goto(s.url, { waitUntil: 'load' });
    await s.page.waitForFunction(() => document.fonts.status === 'loaded');
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('is written next to the deck file, and is one file: styles and woff2 fonts inline, nothing loaded from beside it', () => {
    expect(file).toBe(join(dirname(DECK), 'read.html'));
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/font\/woff;/);
  });

  it('is valid HTML (W3C Nu HTML Checker: no error)', () => {
    // The Nu checker's CSS parser predates container queries (read.css sizes figures with them,
    // inlined here): its "no such property / at-rule" errors about them are the checker's gap.
    const nuCssGap = (m: { message: string }) => /“container-type”|at-rule “@container”/.test(m.message);
    expect(vnuCheck([file]).get(file)!.filter((m) => m.kind === 'error' && !nuCssGap(m))).toEqual([]);
  });

  it('runs no script, and its policy allows none', () => {
    expect(html).not.toMatch(/<script\b/i);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!;
    expect(policy).toMatch(/(^|; )script-src 'none'(;|$)/);
    expect(policy).toContain("font-src data:");
    expect(policy).not.toMatch(/https?:|unsafe-eval/);
  });

  it('shows the whole talk in the deck’s font, with every slide’s anchor, and requests nothing but itself', async () => {
    const page = await s.page.evaluate((ids) => ({
      missing: ids.filter((id) => !document.getElementById(id)),
      font: document.fonts.check('20px "Atkinson Hyperlegible Next"'),
      faces: [...document.fonts].filter((f) => f.status === 'loaded').length,
      width: document.documentElement.scrollWidth,
    }), slides.map((x) => x.id));
    expect(page).toMatchObject({ missing: [], font: true, width: 375 });
    expect(page.faces).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`file://${file}`) && !u.startsWith('data:'))).toEqual([]);
  });

  it('links back to the slides file beside it', async () => {
    const href = await s.page.getAttribute('.read-footer a', 'href');
    expect(href).toBe('deck.html');
    expect(existsSync(join(dirname(file), href!))).toBe(true);
  });
});
