// Opening the built deck (from the shared test build) in headless Chromium, with its incidents
// (off-origin requests, failures, console errors) recorded. Used by every browser test. Each
// session is a fresh browser context in the run's one Chromium (tests/support/shared.ts).

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { guardPage, type PageIncidents } from '../../src/browser/page-guard.ts';
import { serveDirectory, type StaticServer } from '../../src/browser/serve.ts';
import { sharedBrowser } from './shared.ts';

export interface DeckPage {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Base URL of the deck: http://127.0.0.1:port/ or file:///…/deck.html */
  readonly url: string;
  readonly incidents: PageIncidents;
  /** Navigates to the deck (query and hash optional) and waits for the given state. */
  open(path?: string, state?: 'ready' | 'pdf-ready'): Promise<void>;
  close(): Promise<void>;
}

export interface DeckSession extends DeckPage {
  readonly server: StaticServer;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Built deck to serve (default: the shared test build). */
  dist?: string;
  /** Extra browser context options (e.g. `offline: true`). */
  context?: BrowserContextOptions;
}

async function openContext(options: SessionOptions): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    ...options.context,
  });
  return { browser, context, page: await context.newPage() };
}

function opener(page: Page, base: string): DeckPage['open'] {
  return async (path = '', state = 'ready') => {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForSelector(`html[data-deck-state="${state}"]`, { timeout: 30_000 });
  };
}

export async function startDeckSession(options: SessionOptions = {}): Promise<DeckSession> {
  const server = await serveDirectory(options.dist ?? inject('distDir'));
  const { browser, context, page } = await openContext(options);
  const incidents = await guardPage(page, server.url.replace(/\/$/, ''), { block: true });
  return {
    browser,
    context,
    page,
    server,
    url: server.url,
    incidents,
    open: opener(page, server.url),
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Opens a single-file deck from file:// (no server). */
export async function startFileSession(file: string, options: SessionOptions = {}): Promise<DeckPage> {
  const url = `file://${file}`;
  const { browser, context, page } = await openContext(options);
  const incidents = await guardPage(page, 'file://', { block: true });
  return { browser, context, page, url, incidents, open: opener(page, url), close: () => context.close() };
}

/** No request to another origin, nothing failed, no console error, no uncaught error. */
export const NO_INCIDENTS = { offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] };

/**
 * After each test of the file: nothing went wrong so far, in the file's setup or in the test
 * (and `others`: errors recorded elsewhere, e.g. the speaker view's, must be none either). Each
 * test is checked for what it caused, alone or with the others; a problem fails the test that
 * caused it (and the ones after it).
 */
export function expectNoIncidentsAfterEach(session: () => DeckPage | undefined, others: () => readonly string[] = () => []): void {
  afterEach(() => {
    const s = session();
    if (!s) return;
    expect({ ...s.incidents, otherPages: [...others()] }).toEqual({ ...NO_INCIDENTS, otherPages: [] });
  });
}

/**
 * Console errors and uncaught errors of every page in the context except `main` (the speaker
 * view popup and its frames). Listening on the context catches what a popup logs while it is
 * being written, before a listener on the popup page itself could be attached.
 */
export function recordOtherPagesErrors(context: BrowserContext, main: Page): string[] {
  const errors: string[] = [];
  context.on('console', (msg) => {
    if (msg.page() !== main && msg.type() === 'error') errors.push(msg.text());
  });
  context.on('weberror', (error) => {
    if (error.page() !== main) errors.push(error.error().message);
  });
  return errors;
}

export interface SlideInfo {
  readonly id: string;
  /** Steps within the slide: distinct fragment indices (reveal shows each index on one key press). */
  readonly steps: number;
}

/** The slides as rendered, in order (expectations come from the DOM, never hard-coded). */
export function slidesOf(page: Page): Promise<SlideInfo[]> {
  return page.evaluate(() =>
    // reveal's own list: in the scroll view, sections sit inside page wrappers.
    window.Reveal!.getSlides().map((s) => ({
      id: s.id,
      steps: new Set([...s.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex)).size,
    })),
  );
}

// Moved to src/browser/slide-walk.ts (npm run check walks the slides the same way).
export { settle, showWholeSlide } from '../../src/browser/slide-walk.ts';

export interface PrintViewFacts {
  /** The `size` of the last `@page` rule in the document (reveal.js injects it at run time). */
  readonly size: string | undefined;
  /** What reveal.js should have set: floor(slide × (1 + margin)) in CSS px. */
  readonly expected: string;
  /** How many `.pdf-page` pages the print view laid out. */
  readonly pages: number;
}

/** Reads what the print view set up, on a page already at `data-deck-state="pdf-ready"`. */
export function printViewFacts(page: Page): Promise<PrintViewFacts> {
  return page.evaluate(() => {
    const config = window.Reveal!.getConfig();
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r): r is CSSPageRule => r instanceof CSSPageRule);
    return {
      size: rules.map((r) => r.style.getPropertyValue('size')).filter(Boolean).at(-1),
      expected: `${Math.floor(Number(config.width) * (1 + config.margin!))}px ${Math.floor(Number(config.height) * (1 + config.margin!))}px`,
      pages: document.querySelectorAll('.reveal .pdf-page').length,
    };
  });
}

/**
 * Lays the page out in the deck's own face, whenever its files arrived. The reading view's faces
 * are `font-display: optional` (src/theme/read.css): on a busy machine they can arrive after the
 * first paint, and the page then stays in the machine's fallback for the visit (Debian's
 * system-ui is DejaVu Sans, about 14 % wider on the deck's words: the loaded run L11 saw "counted"
 * and "surgery" break in the trials table at 320 px that way). A test about the layout in the
 * deck's face declares the same preloaded files again as faces that are used once loaded (a face
 * added to document.fonts after the stylesheet's is the one matched), and waits until they are in
 * use. The fallback face has tests of its own.
 */
export async function useDeckFaces(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')];
    if (links.length === 0) throw new Error('the page preloads no font faces');
    const family = getComputedStyle(document.body).fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
    for (const link of links) {
      const weight = /-(\d00)-normal/.exec(link.href)?.[1];
      if (!weight) throw new Error(`no weight in the preloaded face ${link.href}`);
      document.fonts.add(await new FontFace(family, `url(${link.href})`, { weight, style: 'normal', display: 'block' }).load());
    }
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}
