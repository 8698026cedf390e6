// WCAG 1.4.12 Text Spacing on the slides: with the reader's override (line height 1.5,
// paragraphs 2 em apart, letters 0.12 em, words 0.16 em; src/present/text-fit.ts TEXT_SPACING_CSS,
// injected as the bookmarklet does), every slide of both editions, every step shown, fits its
// 1280×720 canvas by the one definition of "fits" (src/present/fit-measure.ts): nothing cut off,
// nothing over anything else. The deck scales the slide shown down to fit it; without the
// override it scales nothing, so an overfilled slide is still the fit check's to name.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTextSpacing, waitForTextFit } from '../../src/measure/text-spacing.ts';
import { FIT_SCALE } from '../../src/present/text-fit.ts';
import { expectNoIncidentsAfterEach, showWholeSlide, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { measure, MIN_TEXT_PX, type SlideFit } from '../support/fit-measure.ts';

describe.each([
  { edition: 'full', page: 'index.html' },
  { edition: 'short', page: 'short.html' },
])('the $edition edition ($page) with the text spacing of WCAG 1.4.12', ({ page }) => {
  let s: DeckSession;
  let canvas: { width: number; height: number };
  let plainScales: string[];
  /** The fit code's script (src/present/text-fit-scale.ts) as the page fetched it: before the override, and after. */
  const fitScript = () => s.page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/text-fit-scale-[^/]*\.js$/.test(r.name)).length);
  let fetchedPlain = -1;
  let fetchedSpaced = -1;
  const fits: (SlideFit & { scale: number })[] = [];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open(page);
    const config = await s.page.evaluate(() => window.Reveal!.getConfig());
    canvas = { width: Number(config.width), height: Number(config.height) };
    const margin = 1 + (config.margin ?? 0);
    await s.page.setViewportSize({ width: Math.ceil(canvas.width * margin) + 2, height: Math.ceil(canvas.height * margin) + 2 });
    await s.page.waitForFunction(() => window.Reveal!.getScale() === 1);
    const slides = await slidesOf(s.page);
    // As it is: no slide is scaled.
    plainScales = [];
    for (const index of slides.keys()) {
      await showWholeSlide(s.page, index);
      if ((await waitForTextFit(s.page)) !== 1) plainScales.push(slides[index]!.id);
    }
    fetchedPlain = await fitScript();
    await applyTextSpacing(s.page);
    for (const index of slides.keys()) {
      await showWholeSlide(s.page, index);
      const scale = await waitForTextFit(s.page);
      fits.push({ ...(await s.page.evaluate(measure, { ...canvas, minPx: MIN_TEXT_PX })), scale });
    }
    fetchedSpaced = await fitScript();
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('loads the fit code only once the override is on (every slide shown without it first), and then once', () => {
    expect(fetchedPlain).toBe(0);
    expect(fetchedSpaced).toBe(1);
  });

  it('the override is in force on the slides (a paragraph’s letters are 0.12 em apart)', async () => {
    const spacing = await s.page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('.reveal .slides section p')!;
      const style = getComputedStyle(p);
      return parseFloat(style.letterSpacing) / parseFloat(style.fontSize);
    });
    expect(spacing).toBeCloseTo(0.12, 3);
  });

  it('every slide, with every step shown, fits its canvas: nothing cut off, nothing overlapping', () => {
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.filter((f) => f.hiddenSteps > 0).map((f) => f.id)).toEqual([]);
    expect(fits.flatMap((f) => f.overflow.map((o) => `slide ${f.id} (scaled to ${f.scale}): ${o}`))).toEqual([]);
  });

  it('no word drawn in a figure runs out of its drawing or past the box it is drawn in (before: 6 labels on 2 slides)', () => {
    expect(fits.flatMap((f) => f.figureText.map((t) => `slide ${f.id} (scaled to ${f.scale}): ${t}`))).toEqual([]);
  });

  it('the measure sees a figure label that would: one too long for its step box, one cut off by its drawing', async () => {
    const slides = await slidesOf(s.page);
    const shown = await s.page.evaluate(() => window.Reveal!.getIndices().h);
    const found: Record<string, string[]> = {};
    for (const [id, selector, words] of [
      ['kinds-of-evidence', 'svg text:not([font-weight])', 'from about twenty women'],
      ['large-trials', 'svg text.row-label', 'Kept their breast and had no more surgery after that'],
    ] as const) {
      const index = slides.findIndex((slide) => slide.id === id);
      if (index < 0) continue; // the short edition may leave one out
      await showWholeSlide(s.page, index);
      await waitForTextFit(s.page);
      const restore = await s.page.evaluate(
        ({ selector, words }) => {
          const text = window.Reveal!.getCurrentSlide()!.querySelector(selector)!;
          const was = text.textContent!;
          text.textContent = words;
          return was;
        },
        { selector, words },
      );
      found[id] = (await s.page.evaluate(measure, { ...canvas, minPx: MIN_TEXT_PX })).figureText;
      await s.page.evaluate(({ selector, was }) => void (window.Reveal!.getCurrentSlide()!.querySelector(selector)!.textContent = was), { selector, was: restore });
    }
    // Back to the slide shown before, as the other tests expect to find it.
    await showWholeSlide(s.page, shown);
    await waitForTextFit(s.page);
    if (found['kinds-of-evidence']) expect(found['kinds-of-evidence'].join('\n')).toMatch(/figure text "from about twenty women" runs \d+ px past the box it is drawn in/);
    expect(found['large-trials']!.join('\n')).toMatch(/figure text "Kept their breast and had no more sur[^"]*" runs \d+ px out of its drawing, which cuts it off/);
  });

  it('scales a slide only as far as it must, and none without the override', async () => {
    expect(plainScales).toEqual([]);
    for (const f of fits) {
      expect(f.scale, f.id).toBeGreaterThanOrEqual(0.6);
      expect(f.scale, f.id).toBeLessThanOrEqual(1);
    }
    // The fullest slides need it; the scale is on the slide, for tools and people to see.
    expect(fits.some((f) => f.scale < 1)).toBe(true);
    const shown = await s.page.evaluate((attr) => window.Reveal!.getCurrentSlide()!.getAttribute(attr), FIT_SCALE);
    expect(shown === null ? 1 : Number(shown)).toBe(fits.at(-1)!.scale);
  });

  it('gives a slide left behind its own size back', async () => {
    const scaled = fits.findIndex((f) => f.scale < 1);
    const other = fits.findIndex((f, i) => i !== scaled && f.scale !== fits[scaled]!.scale);
    await showWholeSlide(s.page, scaled);
    await waitForTextFit(s.page);
    await showWholeSlide(s.page, other);
    await waitForTextFit(s.page);
    const left = await s.page.evaluate(
      ({ index, attr }) => {
        const section = window.Reveal!.getSlides()[index]!;
        return { attr: section.getAttribute(attr), transform: section.querySelector<HTMLElement>('.slide-frame')!.style.transform };
      },
      { index: scaled, attr: FIT_SCALE },
    );
    expect(left).toEqual({ attr: null, transform: '' });
  });
});
