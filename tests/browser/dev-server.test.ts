// `npm run dev`: the Vite dev server presents the deck in Chromium, validates it in the
// browser, opens the speaker view on S, and keeps the slide on reload.

import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import { launchChromium } from '../../src/node/chromium.ts';
import { guardPage } from '../../src/node/page-guard.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the dev server (npm run dev)', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    server = await createServer({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: true },
    });
    await server.listen();
    url = server.resolvedUrls!.local[0]!;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('presents every slide, opens the speaker view on S and keeps the slide on reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const incidents = await guardPage(page, url.replace(/\/$/, ''));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 60_000 });
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(deck.slides.length);

    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect
      .poll(() => popup.locator('.speaker-controls-notes .value').textContent(), { timeout: 30_000 })
      .toContain(deck.slides[0].notes.say[0]);
    await popup.close();

    const third = deck.slides[2]!.id;
    await page.evaluate(() => window.Reveal!.slide(2, 0));
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/${third}`);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 60_000 });
    expect(await page.evaluate(() => window.Reveal!.getCurrentSlide()?.id)).toBe(third);

    // The dev server talks to itself (modules, HMR socket) and to nobody else.
    expect(incidents.offOrigin.filter((u) => !u.startsWith('ws://127.0.0.1'))).toEqual([]);
    expect(incidents.pageErrors).toEqual([]);
    await context.close();
  });
});
