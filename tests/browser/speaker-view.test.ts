// The speaker view as a presenter meets it: S opens a popup with the current slide's notes and
// a live preview; it follows the deck (keys, jumps) and drives it (keys pressed in the popup).
// It runs under the deck's CSP (see csp.test.ts for the policy itself).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIncidentsAfterEach, recordOtherPagesErrors, slidesOf, startDeckSession, type DeckSession, type SlideInfo } from '../support/deck-page.ts';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A slide's notes as the deck holds them (the expectation comes from the DOM). */
function notesOf(page: Page, id: string): Promise<string> {
  return page.evaluate((slideId) => document.getElementById(slideId)?.querySelector('aside.notes')?.textContent ?? '', id).then(norm);
}

/** What the speaker view shows: its notes and the slide in its "current" preview frame. */
async function speakerShows(popup: Page): Promise<{ notes: string; preview: string | undefined }> {
  const notes = norm(await popup.locator('.speaker-controls-notes .value').textContent());
  const frame = popup.frames().find((f) => f.url().includes('postMessageEvents=true'));
  const preview = await frame?.evaluate(() => window.Reveal?.getCurrentSlide()?.id).catch(() => undefined);
  return { notes, preview };
}

describe('the speaker view (S)', () => {
  let s: DeckSession;
  let slides: SlideInfo[];
  let popup: Page;
  let popupErrors: string[];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
    slides = await slidesOf(s.page);
    await s.page.evaluate(() => window.Reveal!.slide(1));
    popupErrors = recordOtherPagesErrors(s.context, s.page);
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s, () => popupErrors);

  const current = () => s.page.evaluate(() => window.Reveal!.getCurrentSlide()!.id);
  const expectSpeakerAt = async (id: string) => {
    const expected = { notes: await notesOf(s.page, id), preview: id };
    expect(expected.notes.length).toBeGreaterThan(0);
    await expect.poll(() => speakerShows(popup), { timeout: 15_000 }).toEqual(expected);
  };

  it('opens on S with the current slide: its notes and its preview', async () => {
    [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('s')]);
    await popup.waitForLoadState('load');
    expect(await popup.title()).toBe('reveal.js - Speaker View');
    await expectSpeakerAt(slides[1]!.id);
  });

  it('shows no phone banner in its preview frames (the "upcoming" one is narrower than the phone breakpoint)', async () => {
    const frames = popup.frames().filter((f) => f !== popup.mainFrame());
    expect(frames).toHaveLength(2);
    for (const frame of frames) {
      await frame.waitForFunction(() => document.documentElement.dataset.deckState === 'ready');
      const seen = await frame.evaluate(() => ({ width: window.innerWidth, banner: document.querySelector('.read-banner')?.getBoundingClientRect().height ?? 0 }));
      expect(seen, `frame ${frame.url()}`).toMatchObject({ banner: 0 });
    }
    // The narrow one really is below the breakpoint, so the test would see a banner there.
    const widths = await Promise.all(frames.map((f) => f.evaluate(() => window.innerWidth)));
    expect(Math.min(...widths)).toBeLessThanOrEqual(435);
  });

  it('follows → in the deck to the next slide, and a jump to the last slide', async () => {
    const start = await current();
    for (let i = 0; i <= slides[1]!.steps && (await current()) === start; i++) await s.page.keyboard.press('ArrowRight');
    expect(await current()).toBe(slides[2]!.id);
    await expectSpeakerAt(slides[2]!.id);

    await s.page.evaluate(() => window.Reveal!.slide(window.Reveal!.getTotalSlides() - 1));
    await expectSpeakerAt(slides.at(-1)!.id);
  });

  it('drives the deck: Home pressed in the speaker window takes both back to the first slide', async () => {
    await popup.bringToFront();
    await popup.keyboard.press('Home');
    await expect.poll(current, { timeout: 15_000 }).toBe(slides[0]!.id);
    await expectSpeakerAt(slides[0]!.id);
  });
});
