// The deck engine in real Chromium: it starts, names slides in the URL, keeps the slide on
// reload, opens the speaker view with the notes, and asks nothing of other origins.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import { slides as compiled } from '../export/support/deck-expect.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';

describe('presenting the built deck', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
  });
  afterAll(async () => s?.close());
  // Each test checks what its own actions caused: no request to another origin, nothing failed,
  // no console error (a test run alone is checked as fully as the whole file).
  afterEach(() => expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] }));

  it('renders every slide and publishes the reveal.js instance', async () => {
    const info = await s.page.evaluate(() => ({
      total: window.Reveal?.getTotalSlides(),
      ready: window.Reveal?.isReady(),
      ids: [...document.querySelectorAll('.reveal .slides > section')].map((x) => x.id),
      title: document.title,
      lang: document.documentElement.lang,
    }));
    expect(info).toEqual({ total: deck.slides.length, ready: true, ids: deck.slides.map((x) => x.id), title: deck.meta.title, lang: 'en' });
  });

  it('names the current slide by its id in the URL, and a reload keeps it', async () => {
    const second = deck.slides[1].id;
    await s.page.evaluate(() => window.Reveal!.slide(1, 0));
    await expect.poll(() => s.page.evaluate(() => window.location.hash)).toBe(`#/${second}`);
    await s.page.reload({ waitUntil: 'load' });
    await s.page.waitForSelector('html[data-deck-state="ready"]');
    expect(await s.page.evaluate(() => window.Reveal!.getCurrentSlide()?.id)).toBe(second);
  });

  it('opens the speaker view on S, showing the current slide notes', async () => {
    await s.page.evaluate(() => window.Reveal!.slide(0, 0));
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('s')]);
    await popup.waitForLoadState('load');
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(compiled[0]!.notes.say[0]!);
    await s.page.evaluate(() => window.Reveal!.slide(1, 0));
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(compiled[1]!.notes.say[0]!);
    await popup.close();
  });
});
