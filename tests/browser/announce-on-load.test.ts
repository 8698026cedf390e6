// On a fresh load, no live region ever holds the whole first slide. reveal.js writes every word of
// the slide into its own live region as it starts; the deck's region (announce.ts) replaced it
// only once reveal.js was ready, about 50-65 ms later, long enough for a screen reader to begin
// reading the slide. Every text any visible live region holds from the first byte is recorded.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_READER_KEYS } from '../../src/present/announce.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';

describe.each([{ width: 1280, height: 720 }, { width: 375, height: 740 }])('live regions while the deck starts, $width px', (viewport) => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport });
  });
  afterAll(async () => s?.close());

  it('hold only "where you are" (title, slide n of m), never the slide’s text', async () => {
    await s.page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const record = () => {
        for (const region of document.querySelectorAll<HTMLElement>('[aria-live]:not([aria-live="off"])')) {
          if (!region.isConnected || region.closest('[hidden], [aria-hidden="true"]')) continue;
          const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text && heard.at(-1) !== text) heard.push(text);
        }
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await s.open('#/before-we-start');
    const heard = await s.page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.length, 'the deck says where you are').toBeGreaterThan(0);
    for (const text of heard) expect(text).toMatch(/^[^.?!]+[.?!:] Slide \d+ of \d+\.$/);
    expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
  });
});

describe('what a screen-reader user should press', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
  });
  afterAll(async () => s?.close());

  it('is on the help overlay (?) and in the README, in the same words', async () => {
    await s.page.evaluate(() => window.Reveal!.toggleHelp(true));
    const rows = await s.page.locator('.r-overlay-help tr').allTextContents();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toContain(`${SCREEN_READER_KEYS.key}${SCREEN_READER_KEYS.what}`);
    expect(readFileSync('README.md', 'utf8')).toContain(`**${SCREEN_READER_KEYS.key}**: ${SCREEN_READER_KEYS.what}`);
  });
});
