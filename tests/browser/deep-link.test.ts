// A link to a slide keeps its place on a phone, and the deck points phone readers to the reading
// view at the same place.
//  - At 375 px reveal.js starts in its scroll view; `index.html#/large-trials` used to open at
//    the title slide (reveal.js wrote #/title over the address before reading it).
//  - Below the scroll-view breakpoint a banner "Easier to read on a phone" links to
//    read.html#<the slide being read>, and follows the reader; wider, it is not there.
//  - The summary and about slides link to the reading view too.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { READING_VIEW_TEXT } from '../../src/model/reading-view-words.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';

const manifest = readManifest(inject('distDir'));
const slides = manifest.editions.full!.slides;
const TARGET = 'large-trials';
const after = slides[slides.findIndex((s) => s.id === TARGET) + 1]!.id;

/** Where the slide's page sits in the scroll view, and what the deck thinks it shows. */
function position(id: string) {
  const page = document.getElementById(id)!.closest('.scroll-page') ?? document.getElementById(id)!;
  const box = page.getBoundingClientRect();
  return {
    scrollView: window.Reveal!.isScrollView(),
    current: window.Reveal!.getCurrentSlide()?.id,
    hash: window.location.hash,
    // The page fills the viewport: its top is at (or just under the banner near) the top.
    top: Math.round(box.top),
    inView: box.top < window.innerHeight / 2 && box.bottom > window.innerHeight / 2,
  };
}

const banner = () => {
  const nav = document.querySelector<HTMLElement>('.read-banner');
  const link = nav?.querySelector('a');
  return { shown: nav ? nav.checkVisibility() : false, text: (link?.textContent ?? '').trim(), href: link?.getAttribute('href') ?? null, height: nav?.getBoundingClientRect().height ?? 0 };
};

describe('on a phone (375 px): a link to a slide', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 375, height: 740 } });
    await s.open(`#/${TARGET}`);
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it(`opens at that slide: index.html#/${TARGET} shows ${TARGET}, not the title slide`, async () => {
    await s.page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, TARGET);
    const at = await s.page.evaluate(position, TARGET);
    expect(at.scrollView).toBe(true);
    expect(at.current).toBe(TARGET);
    expect(at.inView).toBe(true);
  });

  it('opens at a late slide too (the summary), where reveal.js’s own scroll position falls a page short', async () => {
    const summary = slides.find((x) => x.kind === 'summary')!.id;
    await s.page.goto('about:blank');
    await s.open(`#/${summary}`);
    await s.page.waitForFunction((slide) => window.Reveal!.getCurrentSlide()?.id === slide, summary);
    expect(await s.page.evaluate(position, summary)).toMatchObject({ current: summary, inView: true });
  });

  it('follows a change of the address to another slide (a link between slides, Back), to the last one too', async () => {
    const last = slides.at(-1)!.id;
    await s.page.evaluate((id) => (window.location.hash = `#/${id}`), last);
    await s.page.waitForFunction((slide) => window.Reveal!.getCurrentSlide()?.id === slide, last);
    expect(await s.page.evaluate(position, last)).toMatchObject({ current: last, inView: true });
    await s.page.evaluate((id) => (window.location.hash = `#/${id}`), TARGET);
    await s.page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, TARGET);
    expect(await s.page.evaluate(position, TARGET)).toMatchObject({ current: TARGET, inView: true });
  });

  it('keeps the address on the slide being read, so a reload comes back to it', async () => {
    await s.page.waitForFunction((id) => window.location.hash === `#/${id}`, TARGET);
    await s.page.reload({ waitUntil: 'load' });
    await s.page.waitForSelector('html[data-deck-state="ready"]');
    await s.page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, TARGET);
    expect((await s.page.evaluate(position, TARGET)).inView).toBe(true);
  });

  it('shows the banner "Easier to read on a phone", linking to the same place in read.html', async () => {
    await s.page.waitForFunction((id) => document.querySelector('.read-banner a')?.getAttribute('href') === `read.html#${id}`, TARGET);
    const b = await s.page.evaluate(banner);
    expect(b.shown).toBe(true);
    expect(b.text).toMatch(/^Easier to read on a phone/);
    expect(b.height).toBeLessThan(100);
  });

  it('moves the banner’s link along as the reader scrolls on', async () => {
    // As a reader scrolls: the next page to the top of the screen.
    await s.page.evaluate((id) => document.getElementById(id)!.closest('.scroll-page')!.scrollIntoView({ block: 'start', behavior: 'instant' }), after);
    await s.page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, after);
    await s.page.waitForFunction((id) => document.querySelector('.read-banner a')?.getAttribute('href') === `read.html#${id}`, after);
    await s.page.waitForFunction((id) => window.location.hash === `#/${id}`, after);
  });

  it('following it opens the reading view at that slide', async () => {
    await Promise.all([s.page.waitForURL(new RegExp(`/read\\.html#${after}$`)), s.page.click('.read-banner a')]);
    await s.page.waitForFunction((id) => Math.abs(document.getElementById(id)!.getBoundingClientRect().top) < 2, after);
    expect(await s.page.evaluate((id) => document.querySelector(`#${id} h2`)?.textContent, after)).toBe(slides.find((x) => x.id === after)!.title);
  });
});

describe('on a laptop (1280 px)', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 1280, height: 720 } });
    await s.open(`#/${TARGET}`);
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('opens a linked slide as before, with no banner', async () => {
    expect(await s.page.evaluate(() => window.Reveal!.getCurrentSlide()?.id)).toBe(TARGET);
    expect((await s.page.evaluate(banner)).shown).toBe(false);
  });

  it('shows a visible link to the reading view on the last talk slide (the summary) and on the about slide', async () => {
    for (const kind of ['summary', 'about'] as const) {
      const id = slides.find((x) => x.kind === kind)!.id;
      await s.page.evaluate((slide) => {
        const deck = window.Reveal!;
        deck.slide(deck.getIndices(document.getElementById(slide)!).h);
      }, id);
      await s.page.waitForFunction((slide) => window.Reveal!.getCurrentSlide()?.id === slide, id);
      const link = await s.page.evaluate((slide) => {
        const a = document.querySelector<HTMLAnchorElement>(`#${slide} .reading-view a`);
        const box = a?.getBoundingClientRect();
        return a && box ? { text: a.textContent, href: a.getAttribute('href'), visible: a.checkVisibility() && box.width > 0 && box.bottom <= window.innerHeight } : null;
      }, id);
      expect(link, kind).toEqual({ text: READING_VIEW_TEXT, href: `read.html#${id}`, visible: true });
    }
  });
});
