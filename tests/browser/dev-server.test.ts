// `npm run dev`: the Vite dev server presents the deck in Chromium (the slides in the page it
// serves), opens the speaker view on S and keeps the slide on reload; an edited slide reloads the
// page, and an invalid one shows Vite's error overlay naming the slide, the field and the fix.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import { slides as compiled } from '../export/support/deck-expect.ts';
import { sharedBrowser } from '../support/shared.ts';
import { guardPage } from '../../src/browser/page-guard.ts';
import { deckViteConfig } from '../../src/build/vite-config.ts';

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
    browser = await sharedBrowser();
  });

  afterAll(async () => {
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
      .toContain(compiled[0]!.notes.say[0]!);
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

describe('the dev server while someone edits the slides', () => {
  // A small deck in a scratch folder (never slides/), edited the way an editor saves a file.
  const dir = join(ROOT, 'out', `test-dev-deck-${process.pid}`);
  const module = join(dir, 'index.ts');
  const fixture = relative(dir, join(ROOT, 'tests/fixtures/fixture-deck.ts')).split('\\').join('/');
  /** The fixture deck with the chart slide titled `title`, or with two slides sharing an id. */
  const source = (title: string, broken = false) => `import { fixtureDeck } from '${fixture}';
const deck = fixtureDeck();
export default { ...deck, slides: deck.slides.map((s) => (s.id === 'chart-slide' ? { ...s, title: ${JSON.stringify(title)}${broken ? ", id: 'figure-slide'" : ''} } : s)) };
`;
  let server: ViteDevServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(join(dir, 'figures'), { recursive: true });
    writeFileSync(join(dir, 'figures', 'doorway.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50" fill="#eee"/></svg>');
    writeFileSync(module, source('First title'));
    server = await createServer({
      ...deckViteConfig({ deckModule: relative(ROOT, module) }),
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: true },
    });
    await server.listen();
    browser = await sharedBrowser();
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const chartTitle = (page: import('playwright-core').Page) => page.evaluate(() => document.querySelector('#chart-slide h2')?.textContent ?? null);
  const overlayText = (page: import('playwright-core').Page) => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? null);

  it('reloads the page with the new text when a slide file changes, and names an invalid slide in the overlay', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.resolvedUrls!.local[0]!, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 60_000 });
    expect(await chartTitle(page)).toBe('First title');

    // An edit: the page reloads by itself and shows it (no script re-renders slides in the page).
    writeFileSync(module, source('Second title'));
    await page.waitForFunction(() => document.querySelector('#chart-slide h2')?.textContent === 'Second title', undefined, { timeout: 60_000 });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 60_000 });

    // A mistake: Vite's overlay names the slide, the field and what to do.
    writeFileSync(module, source('Third title', true));
    await page.waitForFunction(() => Boolean(document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes('is used by 2 slides')), undefined, { timeout: 60_000 });
    expect(await overlayText(page)).toMatch(/slide figure-slide \(slides\/figure-slide\.ts\) › id: is used by 2 slides \(positions 3, 4\)\. Give each slide its own id/);

    // Fixed again, at once (a second save within the watcher's 50 ms throttle is not lost): the
    // page reloads without the overlay.
    writeFileSync(module, source('Fourth title'));
    await page.waitForFunction(() => document.querySelector('#chart-slide h2')?.textContent === 'Fourth title' && !document.querySelector('vite-error-overlay'), undefined, { timeout: 60_000 });
    await page.close();
  });
});
