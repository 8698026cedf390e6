// No surprises on the wire or in the console: presenting the whole deck, with reveal's tools
// (help, overview, search, jump, zoom), a reload and the print view, requests only the deck's own
// files from its own origin, every one succeeds, and nothing is logged as an error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';

describe('presenting makes no surprising request and logs no error', () => {
  let s: DeckSession;
  const requests: { url: string; method: string; type: string }[] = [];
  let toolsOpened: string[];
  beforeAll(async () => {
    s = await startDeckSession();
    s.page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), type: r.resourceType() }));
    await s.open();
    // Every slide and step, then reveal's own tools.
    await s.page.evaluate(async () => {
      const deck = window.Reveal!;
      for (let i = 0; i < 1000 && !(deck.isLastSlide() && !deck.availableFragments().next); i++) deck.next();
    });
    const opened: string[] = [];
    const press = async (key: string, what: string, check: () => boolean) => {
      await s.page.keyboard.press(key);
      if (await s.page.evaluate(check)) opened.push(what);
    };
    await press('Shift+Slash', 'help', () => document.querySelector('.r-overlay-help') !== null);
    await press('Escape', 'help closed', () => document.querySelector('.r-overlay-help') === null);
    await press('o', 'overview', () => window.Reveal!.isOverview());
    await press('o', 'overview closed', () => !window.Reveal!.isOverview());
    await press('Control+Shift+F', 'search', () => document.activeElement?.matches('.searchbox input') ?? false);
    await s.page.keyboard.type('chemo');
    await press('Enter', 'search hits', () => document.querySelectorAll('.reveal .slides em[style]').length > 0);
    await press('Control+Shift+F', 'search closed', () => (document.activeElement as HTMLElement).blur() === undefined);
    await press('g', 'jump to slide', () => document.querySelector('.jump-to-slide-input') !== null);
    await press('Escape', 'jump closed', () => document.querySelector('.jump-to-slide-input') === null);
    // reveal's zoom plugin zooms on Ctrl+click on Linux, Alt+click elsewhere.
    const modifier = (await s.page.evaluate(() => /Linux/.test(navigator.platform))) ? 'Control' : 'Alt';
    const zoomClick = async () => {
      await s.page.keyboard.down(modifier);
      await s.page.mouse.click(640, 360);
      await s.page.keyboard.up(modifier);
    };
    await zoomClick();
    if (await s.page.evaluate(() => document.body.style.transform.includes('scale'))) opened.push('zoom');
    await zoomClick();
    toolsOpened = opened;
    await s.page.reload({ waitUntil: 'load' });
    await s.page.waitForSelector('html[data-deck-state="ready"]');
    await s.open('?view=print', 'pdf-ready');
  });
  afterAll(async () => s?.close());
  // Each test: nothing logged as an error and no uncaught error while presenting (the walk above).
  expectNoIncidentsAfterEach(() => s);

  it('really used reveal’s tools along the way', () => {
    expect(toolsOpened).toEqual(['help', 'help closed', 'overview', 'overview closed', 'search', 'search hits', 'search closed', 'jump to slide', 'jump closed', 'zoom']);
  });

  it('asked nothing of any other origin, and every request succeeded', () => {
    expect(s.incidents.offOrigin).toEqual([]);
    expect(s.incidents.failed).toEqual([]);
    expect(requests.filter((r) => !r.url.startsWith(s.url) && !r.url.startsWith('data:'))).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('loaded only the deck’s own files: the page, its script and stylesheet, woff2 fonts, the icon', () => {
    const paths = [...new Set(requests.filter((r) => r.url.startsWith(s.url)).map((r) => new URL(r.url).pathname))];
    const unexpected = paths.filter((p) => !/^\/(|index\.html|favicon\.svg|opened-from-file\.js|assets\/[\w.-]+\.(js|css|woff2))$/.test(p));
    expect(unexpected).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.woff2')).length).toBeGreaterThan(0);
    // Each @font-face also lists a .woff fallback; Chromium never needs it.
    expect(paths.filter((p) => p.endsWith('.woff'))).toEqual([]);
  });
});
