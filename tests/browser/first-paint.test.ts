// First paint (issues 21 and 22): the fonts the first screen paints with are preloaded, so the text
// does not move when Atkinson Hyperlegible Next replaces the fallback (read.html shifted 0.09–0.25
// in Lighthouse before). States only: the layout shift is summed once the fonts have loaded and a
// frame has painted; nothing is timed.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { FIRST_PAINT_FONTS } from '../../src/build/font-preload.ts';
import { READ_PAGE } from '../../src/model/reading-view.ts';
import { elements } from '../../src/build/html-edit.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';

const PAGES = ['index.html', READ_PAGE] as const;
const PHONE = { width: 412, height: 823 };

describe('the first paint', () => {
  let s: DeckSession | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it.each(PAGES)('%s preloads each font face of the first paint, as a CORS font request for a built file', (page) => {
    const dist = inject('distDir');
    const preloads = elements(readFileSync(join(dist, page), 'utf8'), 'link[rel="preload"]');
    expect(preloads.map((l) => [l.getAttribute('as'), l.getAttribute('type'), l.hasAttribute('crossorigin')])).toEqual(FIRST_PAINT_FONTS.map(() => ['font', 'font/woff2', true]));
    FIRST_PAINT_FONTS.forEach((face, i) => {
      const href = preloads[i]!.getAttribute('href')!;
      expect(href).toMatch(new RegExp(`^\\./assets/${face}-[\\w-]+\\.woff2$`));
      expect(existsSync(join(dist, href))).toBe(true);
    });
  });

  it.each(PAGES)('%s paints its first screen with exactly the preloaded faces (400 and 700 upright), and nothing shifts on a slow phone', async (page) => {
    s = await startDeckSession({ viewport: PHONE });
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Network.enable');
    // Lighthouse's mobile network (150 ms round trips, 1.6 Mbps): the fonts arrive after the HTML.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await s.page.addInitScript(`window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });`);
    await s.page.goto(s.url + (page === 'index.html' ? '' : page), { waitUntil: 'load' });
    if (page === 'index.html') await s.page.waitForSelector('html[data-deck-state="ready"]');
    await s.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r)))));
    const faces = await s.page.evaluate(() => {
      const used = new Set<string>();
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement!;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (!n.textContent!.trim() || box.width === 0 || box.bottom < 0 || box.top > innerHeight || style.visibility === 'hidden') continue;
        used.add(`${style.fontWeight} ${style.fontStyle}`);
      }
      return [...used].sort();
    });
    expect(faces).toEqual(['400 normal', '700 normal']);
    expect(FIRST_PAINT_FONTS.map((f) => f.replace(/^.*-(\d+)-(\w+)$/, '$1 $2'))).toEqual(faces);
    expect(await s.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });

  it('read.html: a first-screen face that arrives after the first paint does not move the text (it is not swapped in)', async () => {
    s = await startDeckSession({ viewport: PHONE });
    // The fonts are held until the page has painted, as on a phone too busy to fetch them in time.
    let painted!: () => void;
    const firstPaint = new Promise<void>((resolve) => (painted = resolve));
    await s.page.exposeFunction('__painted', () => painted());
    let held = 0;
    await s.page.route('**/*.woff2', async (route) => {
      held += 1;
      await firstPaint;
      await route.continue();
    });
    await s.page.addInitScript(`window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => { if (l.getEntries().some((e) => e.name === 'first-contentful-paint')) window.__painted(); }).observe({ type: 'paint', buffered: true });`);
    await s.page.goto(s.url + READ_PAGE, { waitUntil: 'load' });
    await s.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r)))));
    expect(held).toBeGreaterThanOrEqual(FIRST_PAINT_FONTS.length);
    expect(await s.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });
});

