// The review page (dist/review.html) of the real deck, built by `npm run build`, in real
// Chromium: every slide of the full deck in place under its anchor, axe-core clean, no request to
// another origin, no script, the deck's own self-hosted font, readable at 320 px (no sideways
// scrolling). Expectations come from the build's deck.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readManifest } from '../../src/output/manifest-file.ts';
import { REVIEW_PAGE } from '../../src/model/review-sheet.ts';
import { REVIEW_CLASS, REVIEW_FLAG, slideAnchor } from '../../src/render/review-page.ts';
import { runAxe } from '../support/axe.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { vnuCheck } from '../support/vnu.ts';

const manifest = readManifest(inject('distDir'));
const slides = manifest.editions.full!.slides;
const short = new Set(manifest.editions.short?.slides.map((s) => s.id) ?? []);

describe('the review page in Chromium', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession();
    await s.page.goto(s.url + manifest.pages.review!, { waitUntil: 'load' });
    await s.page.waitForFunction(() => document.fonts.status === 'loaded');
  });
  afterAll(async () => s?.close());

  it('is listed in deck.json as the build writes it', () => {
    expect(manifest.pages.review).toBe(REVIEW_PAGE);
  });

  it('has every slide of the deck, in order, with the editions it is in', async () => {
    const found = await s.page.evaluate((cls) => [...document.querySelectorAll(`section.${cls}`)].map((x) => ({ id: x.id, title: x.querySelector('h2')?.textContent ?? '', dl: x.querySelector('dl')?.textContent ?? '' })), REVIEW_CLASS.slide);
    expect(found.map((f) => f.id)).toEqual(slides.map((x) => slideAnchor(x.id)));
    found.forEach((f, i) => {
      expect(f.title).toBe(`${i + 1}. ${slides[i]!.title}`);
      expect(f.dl.includes('short edition'), `${slides[i]!.id}: short edition membership`).toBe(short.has(slides[i]!.id));
    });
  });

  it('marks the sentences bound to no fact in words', async () => {
    const marks = await s.page.evaluate(
      ({ unbound, flag }) => [...document.querySelectorAll(`.${unbound}`)].map((x) => (x as HTMLElement).innerText.includes(flag)),
      { unbound: REVIEW_CLASS.unbound, flag: REVIEW_FLAG },
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every(Boolean)).toBe(true);
  });

  it('has no axe violations and no undecided colour contrast', async () => {
    const report = await runAxe(s.page);
    expect(report.violations).toEqual([]);
    expect(report.contrastIncomplete).toEqual([]);
  });

  it('requests nothing from another origin, runs no script and uses the deck font', async () => {
    expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
    expect(await s.page.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
    expect(await s.page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible Next"'))).toBe(true);
    expect(await s.page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Atkinson Hyperlegible Next');
  });

  it('is valid HTML (W3C Nu HTML Checker: no error) and carries the deck’s Content-Security-Policy', () => {
    const file = join(inject('distDir'), REVIEW_PAGE);
    expect([...vnuCheck([file]).values()].flat().filter((m) => m.kind === 'error')).toEqual([]);
    const policy = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
    const index = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    expect(policy(readFileSync(file, 'utf8'))).toBeDefined();
    expect(policy(readFileSync(file, 'utf8'))).toBe(policy(index));
  });

  it('reflows at 320 px with no sideways scrolling', async () => {
    await s.page.setViewportSize({ width: 320, height: 640 });
    const { scroll, width } = await s.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
    await s.page.setViewportSize({ width: 1280, height: 720 });
  });
});
