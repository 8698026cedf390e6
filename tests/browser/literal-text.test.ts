// Content is text, never markup: a production build of the real presentation (real engine, real
// CSP) around a fixture deck whose strings look like <script>, <img onerror>, <svg onload> and
// javascript: links. Every string must show literally, no such element may exist, nothing may
// run, and the speaker view (which writes notes with innerHTML) must show them literally too.

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/run-build.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import hostileDeck, { HOSTILE } from '../fixtures/browser/hostile-deck.ts';
import { expectNoIncidentsAfterEach, recordOtherPagesErrors, showWholeSlide, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/browser/hostile-deck.ts');

/** Markup that would exist if any string had been parsed as HTML. */
const PARSED = 'script, img, iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript:"]';

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('slide text that looks like HTML stays text (built with the real CSP)', () => {
  let s: DeckSession;
  let otherErrors: string[];
  beforeAll(async () => {
    const dist = await buildDeck('out/test-fixture-dist', { quiet: true, deck: { deckModule: FIXTURE } });
    s = await startDeckSession({ dist });
    otherErrors = recordOtherPagesErrors(s.context, s.page);
    await s.open();
  });
  afterAll(async () => s?.close());
  // Each test: nothing requested that the strings name (./x), no CSP violation or other error.
  expectNoIncidentsAfterEach(() => s, () => otherErrors);

  it('renders the fixture deck, every step shown, with each string visible as literal text', async () => {
    const slides = await slidesOf(s.page);
    expect(slides.map((x) => x.id)).toEqual(hostileDeck.slides.map((x) => x.id));
    let text = '';
    for (const index of slides.keys()) {
      await showWholeSlide(s.page, index);
      text += await s.page.evaluate(() => (window.Reveal!.getCurrentSlide() as HTMLElement).innerText);
    }
    for (const hostile of Object.values(HOSTILE)) expect(text).toContain(hostile);
    expect(await s.page.title()).toBe(hostileDeck.meta.title);
  });

  it('created no element from any string, and nothing ran', async () => {
    expect(await s.page.evaluate((sel) => [...document.querySelectorAll(`.reveal .slides :is(${sel})`)].map((e) => e.outerHTML), PARSED)).toEqual([]);
    // The deck's own two: its module, and the classic script that notices file://.
    expect(await s.page.evaluate(() => [...document.querySelectorAll('script')].map((e) => e.getAttribute('src')?.replace(/^(\.\/assets\/index)-[\w-]+\.js$/, '$1.js')))).toEqual(['./assets/index.js', './opened-from-file.js']);
    expect(await pwned(s.page)).toBeNull();
  });

  it('the speaker view shows the notes literally and runs nothing', async () => {
    await s.page.evaluate(() => window.Reveal!.slide(1));
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('s')]);
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(HOSTILE.img);
    expect(await notes.textContent()).toContain(HOSTILE.script);
    expect(await notes.evaluate((el, sel) => [...el.querySelectorAll(sel)].map((e) => e.outerHTML), PARSED)).toEqual([]);
    expect(await pwned(popup)).toBeNull();
    await popup.close();
  });
});
