// The whole deck by keyboard, as a presenter drives it: → and Space reach every slide and every
// step one press at a time, ← walks back, Esc/O toggle the overview, ? opens the help and Esc
// closes it, and Tab moves a visible focus ring through what is on screen without getting stuck.
// reveal.js writes the hash through a 1 s debounce; a fake clock flushes it without sleeping.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slidesOf, startDeckSession, type DeckSession, type SlideInfo } from '../support/deck-page.ts';

interface Stop {
  readonly id: string;
  /** How many of the slide's steps (distinct fragment indices) are showing. */
  readonly shown: number;
}

describe('the whole deck by keyboard', () => {
  let s: DeckSession;
  let slides: SlideInfo[];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.page.clock.install();
    await s.open();
    slides = await slidesOf(s.page);
  });
  afterAll(async () => s?.close());
  // Each test checks what its own key presses caused: no console error, no request elsewhere.
  afterEach(() => expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] }));

  const expectedStops = (): Stop[] => slides.flatMap((x) => Array.from({ length: x.steps + 1 }, (_, shown) => ({ id: x.id, shown })));

  async function here(): Promise<Stop & { hash: string }> {
    await s.page.clock.runFor(1100); // flush reveal's debounced URL update
    return s.page.evaluate(() => {
      const slide = window.Reveal!.getCurrentSlide()!;
      const visible = [...slide.querySelectorAll<HTMLElement>('.fragment.visible')].map((f) => f.dataset.fragmentIndex);
      return { id: slide.id, shown: new Set(visible).size, hash: window.location.hash };
    });
  }

  /** Presses keys in turn until nothing changes; returns every stop, the first included. */
  async function walk(keys: string[], limit: number): Promise<{ stops: Stop[]; badHashes: string[] }> {
    const stops: Stop[] = [];
    const badHashes: string[] = [];
    let last = await here();
    const record = (x: typeof last) => {
      stops.push({ id: x.id, shown: x.shown });
      if (!new RegExp(`^#/${x.id}(/\\d+)?$`).test(x.hash)) badHashes.push(`at ${x.id} step ${x.shown} the address says ${x.hash}`);
    };
    record(last);
    for (let i = 0; i < limit; i++) {
      await s.page.keyboard.press(keys[i % keys.length]!);
      const next = await here();
      if (next.id === last.id && next.shown === last.shown) break;
      record(next);
      last = next;
    }
    return { stops, badHashes };
  }

  it('→ and Space reach every slide and every step, one press at a time, and the address names the slide', async () => {
    const expected = expectedStops();
    expect(expected.length).toBeGreaterThan(slides.length); // the real deck has stepwise lists
    await s.page.evaluate(() => window.Reveal!.slide(0, 0, -1));
    const { stops, badHashes } = await walk(['ArrowRight', 'Space'], expected.length + 2);
    expect(stops).toEqual(expected);
    expect(badHashes).toEqual([]);
  });

  it('← walks back through the same stops in reverse', async () => {
    const expected = expectedStops();
    // From the last step of the last slide, whatever ran before.
    await s.page.evaluate(() => window.Reveal!.slide(window.Reveal!.getTotalSlides() - 1, 0, 99));
    const { stops } = await walk(['ArrowLeft'], expected.length + 2);
    // Going back onto a slide shows all its steps, so each slide's stops come in reverse.
    expect(stops).toEqual([...expected].reverse());
  });

  it('Esc and O open and close the overview; ? opens the help, Esc closes it; the slide stays put', async () => {
    const third = slides[Math.min(2, slides.length - 1)]!.id;
    await s.page.evaluate((id) => window.Reveal!.slide(window.Reveal!.getSlides().findIndex((x) => x.id === id)), third);
    const state = () =>
      s.page.evaluate(() => ({
        overview: window.Reveal!.isOverview(),
        help: document.querySelector('.reveal .r-overlay-help') !== null,
        id: window.Reveal!.getCurrentSlide()!.id,
      }));
    const seen = [];
    for (const key of ['Escape', 'Escape', 'o', 'o', 'Shift+Slash', 'Escape']) {
      await s.page.keyboard.press(key);
      seen.push({ key, ...(await state()) });
    }
    expect(seen).toEqual([
      { key: 'Escape', overview: true, help: false, id: third },
      { key: 'Escape', overview: false, help: false, id: third },
      { key: 'o', overview: true, help: false, id: third },
      { key: 'o', overview: false, help: false, id: third },
      { key: 'Shift+Slash', overview: false, help: true, id: third },
      { key: 'Escape', overview: false, help: false, id: third },
    ]);
  });

  /**
   * Tabs until focus comes back to where it started. Each stop must be on screen, unobscured and
   * drawn with a focus ring; returns the stops and any problems.
   */
  async function tabRound(limit: number): Promise<{ stops: string[]; problems: string[]; returned: boolean }> {
    const stops: string[] = [];
    const problems: string[] = [];
    const start = await s.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');
    for (let i = 0; i < limit; i++) {
      await s.page.keyboard.press('Tab');
      const f = await s.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const label = `<${el.localName}${el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
        const r = el.getBoundingClientRect();
        // A link that wraps onto a second line: the middle of its bounding box can be another
        // link on the first line; look at the middle of its first line box instead.
        const first = el.getClientRects()[0] ?? r;
        const cx = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
        const cy = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(cx, cy);
        const style = getComputedStyle(el);
        return {
          label,
          html: el.outerHTML.slice(0, 80),
          onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
          covered: !(hit && (el === hit || el.contains(hit))),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          hiddenSlide: el.closest('[inert], [aria-hidden="true"]') !== null,
        };
      });
      if (!f) {
        stops.push('(document)');
        return { stops, problems, returned: true };
      }
      stops.push(f.label);
      if (!f.onScreen) problems.push(`${f.label} is off screen`);
      if (f.covered) problems.push(`${f.label} is covered by something else`);
      if (!f.ring) problems.push(`${f.label} shows no focus ring`);
      if (f.hiddenSlide) problems.push(`${f.label} is inside a hidden slide`);
      if (f.html === start) return { stops, problems, returned: true };
    }
    return { stops, problems, returned: false };
  }

  it('Tab moves a visible focus ring through what is on screen and comes back around (no trap)', async () => {
    const withLinks = await s.page.evaluate(() => window.Reveal!.getSlides().findIndex((x) => x.querySelector('a[href]')));
    expect(withLinks, 'a slide with links to tab through').toBeGreaterThanOrEqual(0);
    await s.page.evaluate((i) => window.Reveal!.slide(i, 0, 99), withLinks);
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const slide = await tabRound(60);
    expect(slide.returned, `focus never came back: ${slide.stops.join(' → ')}`).toBe(true);
    expect(slide.stops.length).toBeGreaterThan(2);
    expect(slide.problems).toEqual([]);

    // With the help open, focus stays on the help and never on what it covers.
    await s.page.keyboard.press('Shift+Slash');
    const help = await tabRound(30);
    await s.page.keyboard.press('Escape');
    expect(help.returned, `focus never came back: ${help.stops.join(' → ')}`).toBe(true);
    expect(help.problems).toEqual([]);
    expect(help.stops.some((x) => x.includes('r-overlay-close'))).toBe(true);
  });
});
