// Driving the deck in a browser page, one slide at a time with every step shown: used by
// `npm run check`'s fit check (src/measure/fit-check.ts) and the browser tests (tests/support/deck-page.ts).

import type { Page } from 'playwright-core';

/**
 * Waits until no finite CSS transition or animation runs inside `within` (default: the slides,
 * where fragments fade in; the progress bar's 0.8 s slide is irrelevant to what is measured).
 */
export async function settle(page: Page, within = '.reveal .slides'): Promise<void> {
  await page.waitForFunction((selector) => {
    const root = document.querySelector(selector);
    return document.getAnimations().every((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      const finite = (a.effect?.getComputedTiming().endTime ?? 0) !== Infinity;
      return a.playState !== 'running' || !finite || !target || !root?.contains(target);
    });
  }, within);
}

/** Goes to slide `index` with every fragment shown, and waits for fades to finish. */
export async function showWholeSlide(page: Page, index: number): Promise<string> {
  const id = await page.evaluate((i) => {
    const deck = window.Reveal!;
    const slide = deck.getSlides()[i]!;
    const indices = [...slide.querySelectorAll<HTMLElement>('.fragment')].map((f) => Number(f.dataset.fragmentIndex));
    deck.slide(i, 0, indices.length ? Math.max(...indices) : undefined);
    return deck.getCurrentSlide()!.id;
  }, index);
  await settle(page);
  return id;
}
