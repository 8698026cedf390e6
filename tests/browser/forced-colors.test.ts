// Forced colours (Windows high contrast), emulated in Chromium with a dark palette: the browser
// replaces text, background and border colours with the user's system colours, but leaves SVG
// fills and strokes and painted backgrounds (our list bullets) alone. On every slide, every SVG
// label must be drawn in CanvasText (and so differ from the background), every bar, area and
// outline in a system colour, and every bullet, step number and arrow button stay visible.
// Screenshots go to out/snaps-forced-colors/ for people to look at.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deck from '../../slides/index.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { svgTextContrast, type SvgTextContrast } from '../support/axe.ts';
import { expectNoIncidentsAfterEach, showWholeSlide, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';

const manifest = readManifest(inject('distDir'));

interface SlideColours {
  readonly id: string;
  readonly system: { canvas: string; canvasText: string; highlight: string };
  /** Computed background behind the slide. */
  readonly background: string;
  readonly texts: { text: string; fill: string }[];
  readonly shapes: { what: string; fill: string; stroke: string }[];
  readonly markers: { what: string; colour: string }[];
}

function readColours(page: DeckSession['page']): Promise<SlideColours> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    // Not adjusted itself, so it shows what the system colours resolve to.
    probe.style.cssText = 'forced-color-adjust: none; color: CanvasText; background-color: Canvas; border: 1px solid Highlight;';
    document.body.append(probe);
    const p = getComputedStyle(probe);
    const system = { canvas: p.backgroundColor, canvasText: p.color, highlight: p.borderTopColor };
    probe.remove();
    const slide = window.Reveal!.getCurrentSlide()!;
    const visible = (el: Element) => el.getBoundingClientRect().width > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const texts = [...slide.querySelectorAll('svg text')].filter(visible).map((t) => ({ text: (t.textContent ?? '').trim(), fill: getComputedStyle(t).fill }));
    const shapes = [...slide.querySelectorAll('svg :is(rect, circle, ellipse, path, polygon, line)')]
      .filter((el) => el.closest('pattern') !== null || visible(el))
      .map((el) => ({ what: `${el.localName}.${el.getAttribute('class') ?? ''}`, fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke }));
    const markers = [...slide.querySelectorAll('ul.bullets > li, ol.steps > li, ul.checklist > li')].filter(visible).map((li) => {
      const before = getComputedStyle(li, '::before');
      const list = li.parentElement!.className;
      // A bullet or number is a painted background; a checkbox is a border.
      const colour = list.includes('checklist') ? before.borderTopColor : before.backgroundColor;
      return { what: `${list} item "${(li.textContent ?? '').trim().slice(0, 30)}"`, colour };
    });
    // reveal's arrows are drawn the same way (painted ::before and ::after bars).
    for (const arrow of document.querySelectorAll('.reveal .controls button.enabled .controls-arrow')) {
      markers.push({ what: `${arrow.parentElement!.className.split(' ')[0]} arrow`, colour: getComputedStyle(arrow, '::before').backgroundColor });
    }
    return { id: slide.id, system, background: getComputedStyle(document.body).backgroundColor, texts, shapes, markers };
  });
}

describe('forced colours (high contrast, dark)', () => {
  let s: DeckSession;
  let seen: SlideColours[];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await s.open();
    seen = [];
    const dir = 'out/snaps-forced-colors';
    mkdirSync(dir, { recursive: true });
    for (const [index] of (await slidesOf(s.page)).entries()) {
      const id = await showWholeSlide(s.page, index);
      seen.push(await readColours(s.page));
      // For people to look at (not asserted): slides with drawings or lists.
      if (seen.at(-1)!.texts.length > 0 || seen.at(-1)!.markers.length > 0) await s.page.screenshot({ path: `${dir}/${String(index + 1).padStart(2, '0')}-${id}.png` });
    }
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('is really in forced colours: a dark canvas and light text', () => {
    expect(seen.map((x) => x.id)).toEqual(deck.slides.map((x) => x.id));
    const { canvas, canvasText } = seen[0]!.system;
    expect(canvas).not.toBe(canvasText);
    expect(seen[0]!.background).toBe(canvas);
    // Dark: the canvas is darker than its text.
    const sum = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(sum(canvas)).toBeLessThan(sum(canvasText));
  });

  it('draws every SVG label in CanvasText, which differs from the background', () => {
    const problems = seen.flatMap((x) =>
      x.texts.flatMap((t) => (t.fill === x.system.canvasText && t.fill !== x.background ? [] : [`${x.id}: "${t.text}" is filled ${t.fill} (CanvasText is ${x.system.canvasText})`])),
    );
    expect(problems).toEqual([]);
    expect(seen.reduce((n, x) => n + x.texts.length, 0), 'SVG labels checked').toBeGreaterThan(20);
  });

  it('draws every bar, area and outline of the figures and charts in system colours', () => {
    const problems = seen.flatMap((x) => {
      const system = new Set([x.system.canvas, x.system.canvasText, x.system.highlight]);
      const ok = (paint: string) => paint === 'none' || paint.startsWith('url(') || system.has(paint);
      return x.shapes.flatMap((sh) => (ok(sh.fill) && ok(sh.stroke) ? [] : [`${x.id}: ${sh.what} fill ${sh.fill}, stroke ${sh.stroke}`]));
    });
    expect(problems).toEqual([]);
    // The chart's first series stands out in Highlight; its outlines are CanvasText.
    const bars = seen.flatMap((x) => x.shapes.filter((sh) => sh.what.includes('series-0')).map((sh) => ({ ...sh, system: x.system })));
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) expect([bar.fill, bar.stroke]).toEqual([bar.system.highlight, bar.system.canvasText]);
  });

  it('keeps list bullets, step numbers, checkboxes and the arrow buttons visible', () => {
    const problems = seen.flatMap((x) => x.markers.flatMap((m) => (m.colour === x.system.canvasText ? [] : [`${x.id}: ${m.what} marker is ${m.colour}`])));
    expect(problems).toEqual([]);
    expect(seen.reduce((n, x) => n + x.markers.length, 0), 'list markers checked').toBeGreaterThan(0);
  });
});

// The reading view (read.html) in the same dark high-contrast palette: the browser forces its
// text to the system colours but, as on the slides, leaves the figures' SVG fills alone, so a
// label forced to CanvasText must sit on an area forced to Canvas, never on the drawing's own
// light fill. Every label must keep at least 7:1 (the deck's own promise) against what is
// painted under it.
describe('forced colours (high contrast, dark): the reading view', () => {
  let s: DeckSession;
  let labels: SvgTextContrast[];
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 1280, height: 800 } });
    await s.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await s.page.goto(`${s.url}${manifest.pages.read!}`, { waitUntil: 'load' });
    await s.page.waitForFunction(() => document.fonts.status === 'loaded');
    labels = await svgTextContrast(s.page, 'body');
    mkdirSync('out/snaps-forced-colors', { recursive: true });
    await s.page.screenshot({ path: 'out/snaps-forced-colors/read.png', fullPage: true });
  });
  afterAll(async () => s?.close());

  it('draws every figure and chart label at 7:1 or more against what is painted under it', () => {
    expect(labels.length, 'labels checked').toBeGreaterThan(20);
    const low = labels.filter((l) => l.ratio === null || l.ratio < 7).map((l) => `"${l.text}": ${l.ratio ?? l.problem}:1`);
    expect(low).toEqual([]);
  });

  it('logged no console errors and made no request elsewhere', () => {
    expect(s.incidents).toEqual({ offOrigin: [], failed: [], consoleErrors: [], pageErrors: [] });
  });
});
