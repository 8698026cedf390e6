// Firefox: the README promises Chrome, Edge or Firefox. Debian's Firefox ESR (`.ci/run` installs
// firefox-esr), driven by puppeteer-core over WebDriver BiDi (no browser is downloaded). The
// served build and the single file from file:// each reach ready, walk every slide and every
// step by keyboard, fit their 1280×720 canvas, log no error and ask nothing of another origin.

import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deck from '../../slides/index.ts';
import { serveDirectory, type StaticServer } from '../../src/browser/serve.ts';
import { measure, type SlideFit } from '../support/fit-measure.ts';
import { sharedSingleFile } from '../support/shared.ts';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

interface Stop {
  readonly id: string;
  readonly shown: number;
}

interface Run {
  readonly version: string;
  readonly stops: Stop[];
  readonly expected: Stop[];
  readonly fits: SlideFit[];
  readonly scale: number;
  readonly errors: string[];
  readonly elsewhere: string[];
  readonly requests: number;
  readonly lastHash: string;
}

/** Where the deck is: the slide and how many of its steps show. */
const stopNow = (): Stop => {
  const slide = window.Reveal!.getCurrentSlide()!;
  const visible = [...slide.querySelectorAll<HTMLElement>('.fragment.visible')].map((f) => f.dataset.fragmentIndex);
  return { id: slide.id, shown: new Set(visible).size };
};

async function present(browser: Browser, url: string, ownOrigin: (u: string) => boolean): Promise<Run> {
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  const elsewhere: string[] = [];
  let requests = 0;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    requests++;
    if (!ownOrigin(r.url())) elsewhere.push(r.url());
  });
  try {
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 30_000 });

    // Every stop the deck has: each slide with 0..n of its steps shown (from the DOM).
    const expected = await page.evaluate(() =>
      window.Reveal!.getSlides().flatMap((s) => {
        const steps = new Set([...s.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size;
        return Array.from({ length: steps + 1 }, (_, shown) => ({ id: s.id, shown }));
      }),
    );
    const stops: Stop[] = [await page.evaluate(stopNow)];
    for (let i = 1; i < expected.length; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : ' ');
      const want = expected[i]!;
      // The next stop, or whatever the deck shows instead (recorded and compared below).
      await page
        .waitForFunction((w: Stop) => {
          const slide = window.Reveal!.getCurrentSlide()!;
          const shown = new Set([...slide.querySelectorAll<HTMLElement>('.fragment.visible')].map((f) => f.dataset.fragmentIndex)).size;
          return slide.id === w.id && shown === w.shown;
        }, { timeout: 10_000, polling: 'mutation' }, want)
        .catch(() => undefined);
      stops.push(await page.evaluate(stopNow));
      if (stops.at(-1)!.id !== want.id || stops.at(-1)!.shown !== want.shown) break;
    }
    const last = expected.at(-1)!.id;
    await page.waitForFunction((id: string) => window.location.hash === `#/${id}`, { timeout: 10_000 }, last).catch(() => undefined);
    const lastHash = await page.evaluate(() => window.location.hash);

    // Fit: a viewport that shows the canvas at scale 1 (canvas plus reveal's margin).
    const config = await page.evaluate(() => {
      const c = window.Reveal!.getConfig();
      return { width: Number(c.width), height: Number(c.height), margin: c.margin ?? 0 };
    });
    await page.setViewport({ width: Math.ceil(config.width * (1 + config.margin)) + 2, height: Math.ceil(config.height * (1 + config.margin)) + 2 });
    await page.waitForFunction(() => window.Reveal!.getScale() === 1, { timeout: 10_000 }).catch(() => undefined);
    const scale = await page.evaluate(() => window.Reveal!.getScale());
    const fits: SlideFit[] = [];
    const count = await page.evaluate(() => window.Reveal!.getTotalSlides());
    for (let i = 0; i < count; i++) {
      await page.evaluate((index: number) => {
        const slide = window.Reveal!.getSlides()[index]!;
        const indices = [...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => Number(f.dataset.fragmentIndex));
        window.Reveal!.slide(index, 0, indices.length ? Math.max(...indices) : undefined);
      }, i);
      // Fragments fade in: measure once nothing in the slides is animating (as settle() does).
      await page
        .waitForFunction(() => {
          const slides = document.querySelector('.reveal .slides');
          return document.getAnimations().every((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target;
            return a.playState !== 'running' || !target || !slides?.contains(target);
          });
        }, { timeout: 10_000 })
        .catch(() => undefined);
      fits.push(await page.evaluate(measure, { width: config.width, height: config.height, minPx: 24 }));
    }
    return { version: await browser.version(), stops, expected, fits, scale, errors, elsewhere, requests, lastHash };
  } finally {
    await page.close();
  }
}

describe('Firefox ESR (puppeteer-core, WebDriver BiDi)', () => {
  let browser: Browser;
  let server: StaticServer;
  const runs: Record<'served' | 'file', Run> = {} as Record<'served' | 'file', Run>;

  beforeAll(async () => {
    const SINGLE = (await sharedSingleFile()).file;
    server = await serveDirectory(inject('distDir'));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    const origin = server.url.replace(/\/$/, '');
    runs.served = await present(browser, server.url, (u) => u === origin || u.startsWith(`${origin}/`));
    runs.file = await present(browser, `file://${SINGLE}`, (u) => u.startsWith('file://') || u.startsWith('data:'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(['served', 'file'] as const)('%s', (which) => {
    it('is Firefox, and the deck reached ready (every slide is there)', () => {
      const run = runs[which];
      expect(run.version).toMatch(/^firefox\//i);
      expect(new Set(run.expected.map((x) => x.id)).size).toBe(deck.slides.length);
    });

    it('walks every slide and every step by keyboard (→ and Space), and the address names the last slide', () => {
      const run = runs[which];
      expect(run.expected.length).toBeGreaterThan(deck.slides.length);
      expect(run.stops).toEqual(run.expected);
      expect(run.lastHash).toBe(`#/${run.expected.at(-1)!.id}`);
    });

    it('fits every slide, every step shown, in its 1280×720 canvas; no text under 24 px', () => {
      const run = runs[which];
      expect(run.scale).toBe(1);
      expect(run.fits.map((f) => f.id)).toEqual(deck.slides.map((x) => x.id));
      expect(run.fits.flatMap((f) => [...f.overflow, ...f.smallText].map((o) => `slide ${f.id}: ${o}`))).toEqual([]);
      expect(run.fits.filter((f) => f.hiddenSteps > 0).map((f) => f.id)).toEqual([]);
    });

    it('logs no error and asks nothing of another origin', () => {
      const run = runs[which];
      expect(run.errors).toEqual([]);
      expect(run.elsewhere).toEqual([]);
      expect(run.requests).toBeGreaterThan(0);
    });
  });
});
