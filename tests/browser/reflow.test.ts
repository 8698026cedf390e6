// Phones and zoom: at 375 px the deck switches to reveal.js's scroll view (slides one under the
// other) and reads without horizontal scrolling; at 320 px (WCAG 1.4.10 reflow, i.e. 1280 px at
// 400 % zoom) nothing is cut off: every slide's content stays inside the viewport and its page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIncidentsAfterEach, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';

interface Layout {
  readonly scrollView: boolean;
  readonly pages: number;
  readonly pageWidth: number;
  readonly docScrollWidth: number;
  readonly viewportScrollWidth: number;
  readonly viewportClientWidth: number;
  readonly cutOff: string[];
  readonly checked: number;
}

function layout(): Layout {
  const viewport = document.querySelector<HTMLElement>('.reveal-viewport') ?? document.body;
  const vw = document.documentElement.clientWidth;
  const cutOff: string[] = [];
  let checked = 0;
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .scroll-page-content')) {
    const clip = page.getBoundingClientRect();
    const section = page.querySelector('section');
    for (const el of section?.querySelectorAll<HTMLElement | SVGElement>('.slide-frame, .slide-frame *') ?? []) {
      if (el.closest('.visually-hidden') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      checked++;
      const where = `slide ${section!.id}: <${el.localName}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
      if (r.left < -0.5 || r.right > vw + 0.5) cutOff.push(`${where} spans x ${r.left.toFixed(0)}–${r.right.toFixed(0)} in a ${vw} px viewport`);
      // Each page clips its slide (overflow: hidden): anything outside it is not seen.
      if (r.left < clip.left - 0.5 || r.right > clip.right + 0.5 || r.top < clip.top - 0.5 || r.bottom > clip.bottom + 0.5)
        cutOff.push(`${where} is clipped by its page`);
    }
  }
  return {
    scrollView: window.Reveal!.isScrollView(),
    pages: document.querySelectorAll('.reveal .scroll-page').length,
    pageWidth: Math.round(document.querySelector('.reveal .scroll-page')?.getBoundingClientRect().width ?? 0),
    docScrollWidth: document.documentElement.scrollWidth,
    viewportScrollWidth: viewport.scrollWidth,
    viewportClientWidth: viewport.clientWidth,
    cutOff,
    checked,
  };
}

describe.each([
  { width: 375, height: 740, what: 'a phone' },
  { width: 320, height: 640, what: '400 % zoom (WCAG reflow)' },
])('at $width px wide ($what)', ({ width, height }) => {
  let s: DeckSession;
  let slideCount: number;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width, height } });
    await s.open();
    slideCount = (await slidesOf(s.page)).length;
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('shows the scroll view: every slide one under the other, no horizontal scrolling', async () => {
    const l = await s.page.evaluate(layout);
    expect(l.scrollView).toBe(true);
    expect(l.pages).toBe(slideCount);
    expect(l.pageWidth).toBeLessThanOrEqual(width);
    expect(l.docScrollWidth).toBeLessThanOrEqual(width);
    expect(l.viewportScrollWidth).toBeLessThanOrEqual(l.viewportClientWidth);
  });

  it('cuts nothing off, down to the last slide', async () => {
    // Scroll to the end first, so every page has been laid out the way a reader reaches it.
    await s.page.evaluate(() => window.Reveal!.slide(window.Reveal!.getTotalSlides() - 1));
    await s.page.waitForFunction(() => window.Reveal!.isLastSlide());
    const l = await s.page.evaluate(layout);
    expect(l.checked).toBeGreaterThan(slideCount * 3);
    expect(l.cutOff).toEqual([]);
  });
});
