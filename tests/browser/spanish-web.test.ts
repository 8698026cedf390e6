// The Spanish web outputs as they ship (dist/es/, built by the shared test run as `npm run build`
// builds it): the full and short editions served over HTTP and the reading view also from
// file://; lang="es-US", no console errors, nothing from other origins, axe clean, every slide
// fitting 1280×720 (the one measure: src/present/fit-measure.ts), the reading view reflowing at
// 320 and 375 px, English source titles marked lang="en" and "(en inglés)", dates written out,
// the "not yet reviewed" translation label, and the links between the two languages both ways.

import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { UI } from '../../src/model/ui/index.ts';
import { LOCALES } from '../../src/model/locales.ts';
import { measure, MIN_TEXT_PX } from '../../src/present/fit-measure.ts';
import { inPage } from '../../src/browser/in-page.ts';
import { runAxe } from '../support/axe.ts';
import { expectNoIncidentsAfterEach, NO_INCIDENTS, showWholeSlide, slidesOf, startDeckSession, startFileSession, type DeckPage, type DeckSession } from '../support/deck-page.ts';

const ES = LOCALES.es;
const UNREVIEWED = 'Traducción no revisada todavía por un traductor médico calificado.';
/** A date written with digits only: 5/10/2017, 2017-05-10, 10.05.2017. */
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
/** English month names: a date left in English. */
const ENGLISH_MONTH = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/;

const problems = (report: Awaited<ReturnType<typeof runAxe>>): string[] => [...report.violations.map((v) => `${v.rule} (${v.impact}) at ${v.target}: ${v.summary}`), ...report.contrastIncomplete.map((v) => `contrast undecided at ${v.target}`)];

for (const page of ['index.html', 'short.html']) {
  describe(`the Spanish deck, ${ES.folder}${page}, served`, () => {
    let s: DeckSession;
    beforeAll(async () => {
      s = await startDeckSession({ viewport: { width: 1280, height: 720 } });
      await s.open(ES.folder + page);
    });
    afterAll(async () => s?.close());
    expectNoIncidentsAfterEach(() => s);

    it('is in es-US, every slide axe clean and fitting its 1280×720 canvas with every step shown', async () => {
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(ES.tag);
      const config = await s.page.evaluate(() => {
        const c = window.Reveal!.getConfig();
        return { width: Number(c.width), height: Number(c.height), margin: c.margin ?? 0 };
      });
      expect(config).toMatchObject({ width: 1280, height: 720 });
      // Scale 1, as the check measures (canvas px are CSS px).
      await s.page.setViewportSize({ width: Math.ceil(config.width * (1 + config.margin)) + 2, height: Math.ceil(config.height * (1 + config.margin)) + 2 });
      await s.page.waitForFunction(() => window.Reveal!.getScale() === 1);
      const slides = await slidesOf(s.page);
      expect(slides.length).toBeGreaterThan(5);
      const overflow: string[] = [];
      const axe: string[] = [];
      for (const [index, slide] of slides.entries()) {
        await showWholeSlide(s.page, index);
        const fit = await inPage(s.page, measure, { width: config.width, height: config.height, minPx: MIN_TEXT_PX });
        if (fit.overflow.length > 0 || fit.smallText.length > 0) overflow.push(`${slide.id}: ${[...fit.overflow, ...fit.smallText].join('; ')}`);
        axe.push(...problems(await runAxe(s.page)).map((p) => `${slide.id}: ${p}`));
      }
      expect(overflow).toEqual([]);
      expect(axe).toEqual([]);
    });

    it('links to the same page in English (hreflang, lang), reachable by keyboard, and the link works', async () => {
      const link = s.page.locator('.deck-languages a');
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.getAttribute('hreflang')).toBe('en');
      expect(await link.getAttribute('lang')).toBe('en');
      expect(await link.getAttribute('href')).toBe(`../${page}`);
      expect((await link.textContent())?.trim()).toBe(UI.en.language.name);
      await link.focus();
      expect(await s.page.evaluate(() => document.activeElement?.closest('.deck-languages') !== null)).toBe(true);
      await s.page.keyboard.press('Enter');
      await s.page.waitForSelector('html[data-deck-state="ready"]');
      expect(new URL(s.page.url()).pathname).toBe(`/${page}`);
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
      // And back, from the English.
      const back = s.page.locator('.deck-languages a');
      expect(await back.getAttribute('hreflang')).toBe(ES.tag);
      expect((await back.textContent())?.trim()).toBe(UI.es.language.name);
      await back.click();
      await s.page.waitForSelector('html[data-deck-state="ready"]');
      expect(new URL(s.page.url()).pathname).toBe(`/${ES.folder}${page}`);
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(ES.tag);
    });

    it('offers phones the reading view and the English in Spanish words', async () => {
      await s.page.setViewportSize({ width: 375, height: 740 });
      const banner = s.page.locator('nav.read-banner');
      await expect.poll(() => banner.isVisible()).toBe(true);
      expect(await banner.getAttribute('aria-label')).toBe(UI.es.reading.bannerLabel);
      expect((await banner.locator('a').first().textContent())?.trim()).toBe(UI.es.reading.banner);
      const english = banner.locator('a[hreflang="en"]');
      expect(await english.getAttribute('lang')).toBe('en');
      expect(await english.getAttribute('href')).toBe(`../${page}`);
      expect(await s.page.locator('.deck-languages').isVisible()).toBe(false);
    });
  });
}

describe('the Spanish reading view', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 375, height: 740 } });
    await s.page.goto(`${s.url}${ES.folder}read.html`, { waitUntil: 'load' });
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('is in es-US, axe clean, and has no horizontal scroll at 320 and 375 px', async () => {
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(ES.tag);
    for (const width of [375, 320]) {
      await s.page.setViewportSize({ width, height: 740 });
      const scroll = await s.page.evaluate(() => ({ doc: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll.doc, `${width} px`).toBeLessThanOrEqual(scroll.client);
      expect(problems(await runAxe(s.page)), `${width} px`).toEqual([]);
    }
  });

  it('keeps English source titles in English (lang="en", "(en inglés)"), writes dates out in Spanish and says the translation is not reviewed', async () => {
    const facts = await s.page.evaluate(() => ({
      text: document.body.innerText,
      // Without what is English on purpose (a source's title and publisher, marked lang="en").
      spanish: (() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const x of copy.querySelectorAll('[lang="en"]')) x.remove();
        return copy.textContent ?? '';
      })(),
      english: [...document.querySelectorAll('.read-sources [lang="en"]')].map((x) => ({ text: x.textContent ?? '', after: x.parentElement?.textContent ?? '' })),
    }));
    expect(facts.english.length).toBeGreaterThan(3);
    for (const e of facts.english) expect(e.after, e.text).toContain(UI.es.inEnglish.trim());
    expect(facts.text).not.toMatch(NUMERIC_DATE);
    expect(facts.spanish).not.toMatch(ENGLISH_MONTH);
    expect(facts.text).toMatch(/\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/);
    expect(facts.text).toContain(UNREVIEWED);
  });

  it('links to the English reading view (in its footer), and back', async () => {
    const link = s.page.locator('.read-language a').first();
    expect(await link.getAttribute('hreflang')).toBe('en');
    expect(await link.getAttribute('lang')).toBe('en');
    expect((await link.textContent())?.trim()).toBe(UI.en.language.link);
    await link.click();
    await s.page.waitForURL((u) => u.pathname === '/read.html');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const back = s.page.locator('.read-language a').first();
    expect(await back.getAttribute('hreflang')).toBe(ES.tag);
    expect((await back.textContent())?.trim()).toBe(UI.es.language.link);
    await back.click();
    await s.page.waitForURL((u) => u.pathname === `/${ES.folder}read.html`);
  });
});

describe('the Spanish about slide', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open(`${ES.folder}index.html#/about-this-deck`);
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('says the translation is not yet reviewed, with dates written out and source titles marked English', async () => {
    const about = await s.page.evaluate(() => (document.querySelector('#about-this-deck') as HTMLElement).innerText);
    expect(about).toContain(UNREVIEWED);
    expect(about).not.toMatch(NUMERIC_DATE);
    expect(about).toMatch(/\d{1,2} de [a-z]+ de \d{4}/);
    const refs = await s.page.evaluate(() => [...document.querySelectorAll('.reveal .slides [lang="en"]')].map((x) => x.parentElement?.textContent ?? ''));
    expect(refs.length).toBeGreaterThan(3);
    for (const r of refs) expect(r).toContain(UI.es.inEnglish.trim());
  });
});

describe('the Spanish reading view from file://', () => {
  let s: DeckPage;
  const file = (dir: string) => join(inject('distDir'), dir, 'read.html');
  beforeAll(async () => {
    s = await startFileSession(file(ES.folder), { viewport: { width: 375, height: 740 } });
    await s.page.goto(s.url, { waitUntil: 'load' });
  });
  afterAll(async () => s?.close());
  // KNOWN DEFECT (left open): dist/'s pages preload their two font faces with crossorigin (for the
  // first paint over HTTP, src/build/font-preload.ts), and Chromium refuses a CORS fetch from
  // file://, so opened as a file, dist/read.html logs those two fetches as failed. The offline copy
  // a clinic gets is the single file (npm run build:single), which inlines its fonts; everything
  // else a page logs or fails still fails this test.
  afterEach(() => {
    if (!s) return;
    const fontPreload = (line: string) => /^Access to font at 'file:.*\.woff2' from origin 'null' has been blocked by CORS policy|^Failed to load resource: net::ERR_FAILED$/.test(line);
    const failedFont = (line: string) => /^file:.*\.woff2 \(net::ERR_FAILED\)$/.test(line);
    expect({ ...s.incidents, consoleErrors: s.incidents.consoleErrors.filter((l) => !fontPreload(l)), failed: s.incidents.failed.filter((l) => !failedFont(l)) }).toEqual(NO_INCIDENTS);
  });

  it('opens in es-US and its English link opens the English file beside it', async () => {
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(ES.tag);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await s.page.locator('.read-language a').first().click();
    await s.page.waitForURL((u) => u.href === `file://${file('')}`);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
