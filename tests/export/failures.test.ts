// Exports that must fail, each with a message that names the cause, and never touch the PDF
// already there. Fixtures are the real deck changed in the page (hooks of the exporter) or
// with a request held back, the way a broken figure, a stalled font or a slide with too much
// text would show up.

import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DeckScriptError,
  ExportError,
  ExportInterruptedError,
  FailedRequestError,
  OffOriginRequestError,
  SlideNotReadyError,
  SlideOverflowError,
} from '../../src/export/export-errors.ts';
import type { PrintHooks } from '../../src/export/print-view.ts';
import { launchChromium } from '../../src/browser/chromium.ts';
import { childProcesses } from '../support/cli.ts';
import { connectToSharedBrowser, sharedPdf } from '../support/shared.ts';
import { notesParagraphs, slides } from './support/deck-expect.ts';
import { exportVariant, tempDir, tempFiles } from './support/export.ts';

const dir = tempDir();
const out = join(dir, 'deck.pdf');
let good: Buffer;
const [first, second, third] = [slides[0]!, slides[1]!, slides[2]!];

/** Adds an element to a slide's body, in the page. */
const addToSlide = (page: Page, slideId: string, tag: string, attrs: Record<string, string>, text = '') =>
  page.evaluate(
    ([id, t, a, x]) => {
      const node = document.createElement(t);
      for (const [k, v] of Object.entries(a)) node.setAttribute(k, v);
      node.textContent = x;
      document.querySelector(`[id="${id}"] .slide-body`)!.append(node);
    },
    [slideId, tag, attrs, text] as const,
  );

/** Binds and releases a port (0: any); resolves with the port number. */
const freePort = (port = 0): Promise<number> =>
  new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      server.close(() => ok(bound));
    });
  });

/**
 * The browser the export under test was given: a connection of its own to the run's Chromium,
 * which the export must close (disconnect) on every path, as it closes a Chromium it started.
 */
let given: Browser | undefined;
const ownConnection = (): Promise<Browser> => connectToSharedBrowser().then((b) => (given = b));

const failing = (hooks: PrintHooks, extra: { timeoutMs?: number; signal?: AbortSignal; browser?: Promise<Browser> } = {}) =>
  exportVariant('slides', out, { hooks, ...extra, browser: extra.browser ?? ownConnection() });

beforeAll(async () => {
  copyFileSync((await sharedPdf('slides')).result.path, out);
  good = readFileSync(out);
});
afterEach(async () => {
  // A failed export leaves the previous PDF exactly as it was, no temporary file, and no
  // browser: the one it was given is closed, and no Chromium it started (a child of this test
  // process) is left.
  expect(readFileSync(out).equals(good)).toBe(true);
  expect(tempFiles(dir)).toEqual([]);
  if (given) expect(given.isConnected(), 'the export closed its browser').toBe(false);
  given = undefined;
  await expect.poll(() => childProcesses()).toEqual([]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a failing export names the cause and keeps the previous PDF', () => {
  it('a slide with too much text: "slide <id> is taller than the page; shorten it", and the port is free again', async () => {
    const port = await freePort();
    const error = await exportVariant('slides', out, {
      port,
      browser: ownConnection(),
      hooks: {
      beforePrint: async (page) => {
          for (const p of [...notesParagraphs(second), ...notesParagraphs(third)]) await addToSlide(page, second.id, 'p', {}, p);
        },
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlideOverflowError);
    expect(await freePort(port)).toBe(port); // the export's server is closed
    expect((error as Error).message).toMatch(new RegExp(`^slide ${second.id} is taller than the page \\(by \\d+ px\\); shorten it\\.$`));
  });

  it('a figure that never arrives: names the slide and the file, and says how to allow more time', async () => {
    const error = await failing(
      {
        beforeLoad: async (page) => void (await page.route('**/stalled-figure.svg', () => undefined)), // never answered
        beforePrint: (page) => addToSlide(page, third.id, 'img', { src: './stalled-figure.svg', alt: 'A figure' }),
      },
      // The deadline covers loading the deck too: leave it time to get there on a busy machine.
      { timeoutMs: 3000 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlideNotReadyError);
    expect(error).toMatchObject({ slideId: third.id, timeoutMs: 3000 });
    expect((error as Error).message).toMatch(new RegExp(`^Slide "${third.id}" did not become ready for printing within 3000 ms: image \\S+/stalled-figure\\.svg still loading`));
    expect((error as Error).message).toContain('--timeout');
  });

  it('fonts that never arrive: names the first slide waiting for them, and the font files', async () => {
    const error = await failing({ beforeLoad: async (page) => void (await page.route('**/*.woff2', () => undefined)) }, { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlideNotReadyError);
    expect(error).toMatchObject({ slideId: first.id });
    expect((error as Error).message).toMatch(/font Atkinson Hyperlegible Next \d+.* still loading/);
    expect((error as Error).message).toMatch(/still waiting for \S+\.woff2/);
  });

  it('an image from another origin: fails and names the URL', async () => {
    const url = 'https://example.org/tracking-pixel.png';
    const error = await failing({ beforePrint: (page) => addToSlide(page, second.id, 'img', { src: url, alt: '' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffOriginRequestError);
    expect((error as Error).message).toContain(`The deck requested ${url}, which is not part of the deck`);
  });

  it('a script that calls another origin: fails and names the URL', async () => {
    const url = 'https://analytics.example.net/collect';
    const error = await failing({
      beforePrint: async (page) => {
        await page.evaluate((u) => void fetch(u).catch(() => undefined), url);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffOriginRequestError);
    expect((error as OffOriginRequestError).urls).toContain(url);
  });

  it('a missing file of the deck: names it', async () => {
    const error = await failing({ beforePrint: (page) => addToSlide(page, second.id, 'img', { src: './figures/missing.svg', alt: 'A figure' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FailedRequestError);
    expect((error as Error).message).toMatch(/could not load \S+\/figures\/missing\.svg \(HTTP 404\)/);
  });

  it('an image that loads but cannot be drawn: names it and its slide', async () => {
    const error = await failing({ beforePrint: (page) => addToSlide(page, second.id, 'img', { src: './index.html', alt: 'A figure' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(new RegExp(`Image \\S+/index\\.html \\(slide ${second.id}\\) cannot be shown`));
  });

  it('a script error in the deck: reports it', async () => {
    const error = await failing({
      beforePrint: async (page) => {
        // Wait until the page has reported the error (the export listens to the same event),
        // not for a time: on a busy machine 100 ms was not always enough.
        const reported = page.waitForEvent('pageerror');
        await page.evaluate(() => setTimeout(() => { throw new Error('chart data missing'); }));
        await reported;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeckScriptError);
    expect((error as Error).message).toBe('The deck failed in the browser: chart data missing');
  });

  it('an interruption (Ctrl-C in the CLI): closes everything and writes nothing', async () => {
    const controller = new AbortController();
    let browsersWhileOpen: string[] = [];
    const error = await failing(
      {
        beforePrint: async () => {
          browsersWhileOpen = childProcesses();
          controller.abort();
        },
      },
      // A Chromium of its own, started by the export as the CLI's is: it must not outlive Ctrl-C.
      { signal: controller.signal, browser: launchChromium() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportInterruptedError);
    expect(browsersWhileOpen.some((p) => /chrom/i.test(p))).toBe(true); // (afterEach: none left)
  });
});
