// Driving the deck with the reader's text spacing of WCAG 1.4.12 (src/present/text-fit.ts keeps
// each slide inside its canvas then): used by `npm run check`'s fit check and the tests.

import type { Page } from 'playwright-core';
import { FIT_PENDING, FIT_SCALE, TEXT_SPACING_CSS } from '../present/text-fit.ts';

/** Adds the override to the page as a bookmarklet would, once its fonts are in. */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Waits until the slide shown has been fitted: a new style or slide is seen by the deck's
 * resize observer in the frame after it is laid out, which schedules the fit for the next frame
 * (marked on <html> until it has run). Returns the scale the slide was fitted at (1: as it is).
 */
export async function waitForTextFit(page: Page): Promise<number> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForSelector(`html:not([${FIT_PENDING}])`, { state: 'attached' });
  const scale = await page.evaluate((attr) => window.Reveal!.getCurrentSlide()?.getAttribute(attr) ?? null, FIT_SCALE);
  return scale === null ? 1 : Number(scale);
}
