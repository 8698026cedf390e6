// Fit: at the deck's slide size, every slide (with all its steps shown) fits its 1280×720 canvas,
// nothing inside it spills out of its box, and no visible text is smaller than 24 px.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showWholeSlide, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { measure, MIN_TEXT_PX, type SlideFit } from '../support/fit-measure.ts';

describe('every slide fits its canvas', () => {
  let s: DeckSession;
  let canvas: { width: number; height: number };
  let fits: SlideFit[];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
    // The canvas size and margin come from the running deck (src/present/config.ts imports
    // reveal's plugins, which need a DOM). This viewport shows the canvas at exactly scale 1,
    // so CSS px are canvas px.
    const config = await s.page.evaluate(() => window.Reveal!.getConfig());
    canvas = { width: Number(config.width), height: Number(config.height) };
    const margin = 1 + (config.margin ?? 0);
    await s.page.setViewportSize({ width: Math.ceil(canvas.width * margin) + 2, height: Math.ceil(canvas.height * margin) + 2 });
    await s.page.waitForFunction(() => window.Reveal!.getScale() === 1);
    fits = [];
    for (const index of (await slidesOf(s.page)).keys()) {
      await showWholeSlide(s.page, index);
      fits.push(await s.page.evaluate(measure, { ...canvas, minPx: MIN_TEXT_PX }));
    }
  });
  afterAll(async () => s?.close());

  it('draws the canvas at scale 1, with every step of every slide shown', async () => {
    expect(await s.page.evaluate(() => window.Reveal!.getScale())).toBe(1);
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.filter((f) => f.hiddenSteps > 0).map((f) => f.id)).toEqual([]);
  });

  it("no slide's content overflows the canvas or its own boxes", () => {
    expect(canvas).toEqual({ width: 1280, height: 720 });
    expect(fits.flatMap((f) => f.overflow.map((o) => `slide ${f.id}: ${o}`))).toEqual([]);
  });

  it(`no visible text on a slide is smaller than ${MIN_TEXT_PX} px`, async () => {
    expect(fits.flatMap((f) => f.smallText.map((t) => `slide ${f.id}: ${t}`))).toEqual([]);
    // reveal's own text over the canvas: the slide number.
    const number = await s.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reveal .slide-number')!).fontSize));
    expect(number).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});
