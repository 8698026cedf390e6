// The wrong door still helps. dist/index.html opened by double-click (file://), where browsers
// refuse module scripts and the deck cannot start, shows a large, styled notice saying what to
// open instead; with JavaScript off, the page is every slide as a readable document under a
// styled note. Both in real Chromium, against the shared test build, and both in Spanish in dist/es/.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/shared.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { serveDirectory, type StaticServer } from '../../src/browser/serve.ts';
import { LOCALES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/ui/index.ts';

/** How a notice box looks: it must read as a styled message, not a bare line of text. */
function noticeStyle(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    const title = getComputedStyle(el.querySelector('.deck-notice-title')!);
    const box = el.getBoundingClientRect();
    return {
      visible: box.width > 0 && box.height > 0 && s.visibility === 'visible',
      fontSize: parseFloat(s.fontSize),
      titleSize: parseFloat(title.fontSize),
      titleWeight: title.fontWeight,
      border: parseFloat(s.borderTopWidth),
      background: s.backgroundColor,
      family: s.fontFamily,
    };
  });
}

describe('opening the built deck the wrong way', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  // Its pages close with the file's connection to the run's Chromium (tests/setup/per-file.ts).

  it('from file://: a large styled notice naming out/deck.html, npm run build:single and npm run preview, and no stuck slides', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(inject('distDir'), 'index.html')}`, { waitUntil: 'load' });
    // The classic script marks the page; the module script is refused, so the deck never starts.
    await page.waitForSelector('html[data-opened-from="file"]');
    expect(await page.getAttribute('html', 'data-deck-state')).toBe('loading');
    const notice = page.locator('.file-warning');
    await notice.waitFor({ state: 'visible' });
    expect((await notice.innerText()).replace(/\s+/g, ' ')).toBe(
      'This page cannot start from a file. Browsers do not run this copy of the deck when it is opened by double-clicking it. To present from a file, open out/deck.html instead (make it with npm run build:single). Or run npm run preview and open the address it shows.',
    );
    expect(await notice.getAttribute('role')).toBe('alert');
    const style = await noticeStyle(page, '.file-warning');
    expect(style).toMatchObject({ visible: true, fontSize: 24, titleSize: 30, titleWeight: '700', border: 4 });
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.family).toContain('Atkinson Hyperlegible Next'); // the theme's CSS loaded from the file
    // Nothing else competes with it: the slides are hidden.
    expect(await page.locator('.reveal').isVisible()).toBe(false);
    await page.close();
  });

  it('dist/es/ from file:// and with JavaScript off: both notices in Spanish, from the UI catalog, naming the Spanish single file', async () => {
    const { chrome } = UI.es;
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`file://${join(inject('distDir'), LOCALES.es.folder, 'index.html')}`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-opened-from="file"]');
    expect(await page.getAttribute('html', 'lang')).toBe(LOCALES.es.tag);
    const notice = page.locator('.file-warning');
    await notice.waitFor({ state: 'visible' });
    const said = (await notice.innerText()).replace(/\s+/g, ' ');
    expect(said).toBe(`${chrome.fileTitle} ${chrome.fileWhy} Para presentar desde un archivo, abra out/es/deck.html (se crea con npm run build:single -- --lang es). O ejecute npm run preview y abra la dirección que aparece.`);
    for (const english of [UI.en.chrome.fileTitle, UI.en.chrome.fileWhy]) expect(said).not.toContain(english);
    await page.close();
    const server = await serveDirectory(join(inject('distDir'), LOCALES.es.folder));
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
    try {
      const off = await context.newPage();
      await off.goto(server.url, { waitUntil: 'load' });
      const note = off.locator('.no-script-note');
      await note.waitFor({ state: 'visible' });
      expect((await note.innerText()).replace(/\s+/g, ' ')).toBe(`${chrome.noScriptTitle} ${chrome.noScriptWhat}`);
    } finally {
      await context.close();
      await server.close();
    }
  });

  describe('with JavaScript off', () => {
    let server: StaticServer;
    let page: Page;
    beforeAll(async () => {
      server = await serveDirectory(inject('distDir'));
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
      page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
    });
    afterAll(async () => server?.close());

    it('a styled note says the controls need JavaScript and the slides can be read below', async () => {
      const note = page.locator('.no-script-note');
      await note.waitFor({ state: 'visible' });
      expect((await note.innerText()).replace(/\s+/g, ' ')).toBe('The slide controls need JavaScript. You can still read every slide below, from top to bottom.');
      const style = await noticeStyle(page, '.no-script-note');
      expect(style).toMatchObject({ visible: true, fontSize: 24, titleSize: 30, titleWeight: '700', border: 4 });
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    });

    it('every slide is there, in order, each title visible and readable, one under the other', async () => {
      const { editions } = readManifest(inject('distDir'));
      const expected = editions.full!.slides.map((s) => ({ id: s.id, title: s.title }));
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => {
          const title = section.querySelector<HTMLElement>('.slide-title')!;
          const box = title.getBoundingClientRect();
          return {
            id: section.id,
            title: title.innerText.replace(/\s+/g, ' ').trim(),
            visible: box.width > 0 && box.height > 0 && getComputedStyle(title).visibility === 'visible',
            top: box.top + window.scrollY,
            size: parseFloat(getComputedStyle(title).fontSize),
          };
        }),
      );
      expect(shown.map(({ id, title }) => ({ id, title }))).toEqual(expected);
      expect(shown.filter((s) => !s.visible).map((s) => s.id)).toEqual([]);
      expect(shown.filter((s) => s.size < 24).map((s) => s.id)).toEqual([]);
      // A document: each slide below the one before, not stacked on top of each other.
      expect(shown.every((s, i) => i === 0 || s.top > shown[i - 1]!.top)).toBe(true);
      // Every step shown, notes hidden.
      expect(await page.locator('.reveal .fragment').evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility !== 'visible').length)).toBe(0);
      expect(await page.locator('.reveal aside.notes').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(0);
    });
  });
});
