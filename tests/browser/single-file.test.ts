// `npm run build:single`: one self-contained HTML file that presents from file:// with no server
// and no network (an offline browser context), speaker view included, under a CSP that allows its
// inline scripts by hash only.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash } from '../../src/build/csp.ts';
import { externalReferences } from '../../src/build/single-file.ts';
import { expectNoIncidentsAfterEach, printViewFacts, recordOtherPagesErrors, slidesOf, startFileSession, type DeckPage, type SlideInfo } from '../support/deck-page.ts';
import { sharedSingleFile } from '../support/shared.ts';

describe('the single-file deck (out/deck.html) from file://, offline', () => {
  let s: DeckPage;
  let html: string;
  let slides: SlideInfo[];
  let otherErrors: string[];
  const requests: string[] = [];
  let FILE: string;
  beforeAll(async () => {
    FILE = (await sharedSingleFile()).file;
    html = readFileSync(FILE, 'utf8');
    s = await startFileSession(FILE, { context: { offline: true } });
    otherErrors = recordOtherPagesErrors(s.context, s.page);
    s.context.on('request', (r) => requests.push(r.url()));
    await s.page.clock.install(); // flushes reveal's debounced hash updates without sleeping
    await s.open();
    slides = await slidesOf(s.page);
  });
  afterAll(async () => s?.close());
  // Each test: no CSP violation or other error, in the deck, the speaker view or print.
  expectNoIncidentsAfterEach(() => s, () => otherErrors);

  it('is one file: scripts, styles and woff2 fonts inline, nothing loaded from beside it', () => {
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=|<link\b[^>]*rel="stylesheet"/);
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/font\/woff;|\.woff\)/); // the .woff fallbacks are dropped
  });

  it('allows its inline scripts by sha256 hash only, computed after inlining', () => {
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!;
    const scriptSrc = policy.match(/script-src ([^;]*)/)![1]!.split(' ');
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    expect(scriptSrc.every((v) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(v))).toBe(true);
    const own = inlineScripts(html).map(scriptHash);
    expect(own.length).toBeGreaterThan(0);
    for (const hash of own) expect(scriptSrc).toContain(hash);
    expect(scriptSrc.length).toBe(own.length + 1); // + reveal's speaker view
  });

  it('presents: ready, the deck’s own font loaded, and every request is the file itself', async () => {
    expect(slides.length).toBeGreaterThan(1);
    const fonts = await s.page.evaluate(async () => {
      await document.fonts.ready;
      return { faces: [...document.fonts].map((f) => f.status), ok: document.fonts.check('36px "Atkinson Hyperlegible Next"') };
    });
    expect(fonts.faces.length).toBeGreaterThan(0);
    expect(fonts.faces.every((st) => st === 'loaded')).toBe(true);
    expect(fonts.ok).toBe(true);
    expect(requests.filter((u) => !u.startsWith(`file://${FILE}`) && !u.startsWith('data:'))).toEqual([]);
  });

  it('walks every slide by keyboard, and the address names each one', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 500 && !(await s.page.evaluate(() => window.Reveal!.isLastSlide() && !window.Reveal!.availableFragments().next)); i++) {
      await s.page.keyboard.press('ArrowRight');
      await s.page.clock.runFor(1100);
      const id = (await s.page.evaluate(() => window.location.hash)).match(/^#\/([^/]+)/)?.[1];
      if (id && seen.at(-1) !== id) seen.push(id);
    }
    expect(seen).toEqual(slides.slice(1).map((x) => x.id));
  });

  it('opens the speaker view on S, and its notes follow the deck', async () => {
    const notesOf = (id: string) => s.page.evaluate((x) => document.getElementById(x)!.querySelector('aside.notes')!.textContent!.replace(/\s+/g, ' ').trim(), id);
    await s.page.evaluate(() => window.Reveal!.slide(0));
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('s')]);
    const notes = () => popup.locator('.speaker-controls-notes .value').textContent().then((t) => (t ?? '').replace(/\s+/g, ' ').trim());
    await expect.poll(notes, { timeout: 15_000 }).toBe(await notesOf(slides[0]!.id));
    await s.page.evaluate(() => window.Reveal!.slide(window.Reveal!.getTotalSlides() - 1));
    await expect.poll(notes, { timeout: 15_000 }).toBe(await notesOf(slides.at(-1)!.id));
    await popup.close();
  });

  it('prints: the print view reaches pdf-ready with reveal’s @page size applied under this policy', async () => {
    await s.open('?view=print', 'pdf-ready');
    const print = await printViewFacts(s.page);
    expect(print.size).toBe(print.expected);
  });
});
