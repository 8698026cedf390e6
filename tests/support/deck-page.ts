// Opening the built deck (from the shared test build) in headless Chromium, with its incidents
// (off-origin requests, failures, console errors) recorded. Used by every browser test.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';
import { guardPage, type PageIncidents } from '../../src/node/page-guard.ts';
import { serveDirectory, type StaticServer } from '../../src/node/serve.ts';

export interface DeckSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly server: StaticServer;
  readonly incidents: PageIncidents;
  /** Navigates to the deck (query and hash optional) and waits for the given state. */
  open(path?: string, state?: 'ready' | 'pdf-ready'): Promise<void>;
  close(): Promise<void>;
}

export async function startDeckSession(options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<DeckSession> {
  const server = await serveDirectory(inject('distDir'));
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, reducedMotion: options.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  const incidents = await guardPage(page, server.url.replace(/\/$/, ''), { block: true });
  return {
    browser,
    context,
    page,
    server,
    incidents,
    async open(path = '', state = 'ready') {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForSelector(`html[data-deck-state="${state}"]`, { timeout: 30_000 });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
