// `npm run dev` marks a slide that does not fit: a red band on the slide naming what runs out and
// by how much, and a console message naming the slide. A slide that fits has neither, and the
// built deck carries none of this code (src/present/dev-fit.ts is behind import.meta.env.DEV).
// An invalid deck shows the validator's located message in place of the slides.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deckViteConfig } from '../../src/build/vite-config.ts';
import { sharedBrowser } from '../support/shared.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MARKER = '.dev-fit-marker';

describe('the dev server marks a slide that does not fit', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  const warnings: string[] = [];

  beforeAll(async () => {
    server = await createServer({
      ...deckViteConfig({ deckModule: 'tests/fixtures/fit/overflow-deck.ts', figuresDir: 'slides/figures' }),
      root: ROOT,
      configFile: false,
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    await server.listen();
    browser = await sharedBrowser();
    // Not at scale 1: the marker measures in canvas px whatever the window size.
    page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${server.resolvedUrls!.local[0]!}#/what-is-a-doorway`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 60_000 });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('the README example slide: a band naming body[2], the figure and the px, and a console message', async () => {
    const band = page.locator(`#what-is-a-doorway > ${MARKER}`);
    await band.waitFor({ state: 'visible' });
    expect(await page.getAttribute('#what-is-a-doorway', 'data-dev-fit')).toBe('overflow');
    const text = await band.textContent();
    expect(text).toMatch(/^⚠ Slide "what-is-a-doorway" does not fit 1280×720: body\[2\] \(figure "A TMEM doorway\."\) runs \d+ px out\. Fix: shorten the text, split the slide, or use layout: 'split'\.$/);
    // Big and on top: red band, white type at least the slide's smallest size.
    const style = await band.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, size: parseFloat(s.fontSize) };
    });
    expect(style).toEqual({ background: 'rgb(176, 0, 32)', color: 'rgb(255, 255, 255)', size: 24 });
    await expect.poll(() => warnings.filter((w) => w.startsWith('[deck] Slide "what-is-a-doorway" does not fit'))).toHaveLength(1);
    expect(warnings[0]).toBe(`[deck] ${text!.slice(2)}`);
  });

  it('a 143-word title: the band names the title', async () => {
    await page.evaluate(() => window.Reveal!.slide(3, 0));
    const band = page.locator(`#long-title > ${MARKER}`);
    await band.waitFor({ state: 'visible' });
    expect(await band.textContent()).toMatch(/^⚠ Slide "long-title" does not fit 1280×720: the title \(h2 "chemo before surgery .*"\) runs \d+ px out\. Fix: shorten the title\.$/);
    await expect.poll(() => warnings.some((w) => w.startsWith('[deck] Slide "long-title" does not fit'))).toBe(true);
  });

  it('a slide that fits: no band, no outline, no message', async () => {
    await page.evaluate(() => window.Reveal!.slide(0, 0));
    // Measured on arrival, like the others: wait until it has been.
    await page.waitForSelector('#title[data-dev-fit="fits"]');
    expect(await page.locator(`#title > ${MARKER}`).count()).toBe(0);
    expect(await page.locator('#title > .slide-frame').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    expect(warnings.filter((w) => w.includes('"title"'))).toEqual([]);
  });

  it('the built deck has none of it', () => {
    const assets = join(inject('distDir'), 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(join(assets, file), 'utf8')).not.toMatch(/dev-fit-marker|does not fit/);
  });
});

describe('the dev server with an invalid deck', () => {
  let server: ViteDevServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await createServer({
      ...deckViteConfig({ deckModule: 'tests/fixtures/invalid-deck.ts' }),
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    await server.listen();
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("shows the validator's located message (slide, file, field, fix) instead of the slides", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.resolvedUrls!.local[0]!, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="error"]', { timeout: 60_000 });
    const panel = page.locator('.deck-error');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('h1').textContent()).toBe('This deck cannot be shown yet');
    // Every problem, each located (the fixture's figure file is missing too).
    const problems = await panel.locator('li').allTextContents();
    expect(problems.every((p) => /^slide [a-z-]+ \(slides\/[a-z-]+\.ts\) › \S+: .+\. [A-Z]/.test(p)), problems.join('\n')).toBe(true);
    expect(problems).toContainEqual(expect.stringMatching(/^slide figure-slide \(slides\/figure-slide\.ts\) › id: is used by 2 slides.*Give each slide its own id/));
    expect(await page.locator('.reveal .slides > section').count()).toBe(0);
  });
});
