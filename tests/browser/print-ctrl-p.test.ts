// Printing the deck from the browser (Ctrl+P on index.html, not the ?print-pdf export): issue 23,
// "printing the deck with Ctrl+P overlaps badges and the first bullet and loses bullets".
// Chromium prints with its dialog's defaults: print media, paper with margins, and background
// graphics off (page.pdf's printBackground: false), which drops whatever is painted as a
// background unless the page asks for it (print-color-adjust: exact). The bullets and step
// circles are painted backgrounds, so they vanished; and reveal.js's own print rules
// (`html:not(.print-pdf) .reveal div { display: block }`) turned the badge row into a line of
// inline pills whose vertical padding takes no room, so the pills covered the first bullet.
// Checked on the printed PDF itself: the place left of each slide's first list item's first words
// is drawn in the bullet's colour; and in print media, no badge's box meets the first list item.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { colourShare, norm } from '../export/support/pdf.ts';

// Chromium's print dialog: Letter with its default margins (0.4 in), background graphics off.
const PAPER = { format: 'Letter', margin: { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' } } as const;
/** The printable width of that paper in CSS px (8.5 in less the margins, 96 px an inch). */
const PRINT_WIDTH = Math.round((8.5 - 0.8) * 96);

interface ListSlide {
  readonly id: string;
  /** The first list item's first words, as pdftotext will read them. */
  readonly words: string;
  /** Its list's kind: bullets and steps are painted circles; a checklist is a border. */
  readonly kind: string;
  readonly hasBadges: boolean;
}

let s: DeckSession;
let dir: string;
let pdf: string;
let slides: ListSlide[];
/** The bullets' colour as the deck paints it. */
let accent: [number, number, number];
/** A callout's tint as the deck paints it. */
let tint: [number, number, number];

beforeAll(async () => {
  s = await startDeckSession({ viewport: { width: 1280, height: 720 } });
  await s.open('');
  dir = mkdtempSync(join(tmpdir(), 'ctrl-p-'));
  pdf = join(dir, 'deck.pdf');
  await s.page.pdf({ path: pdf, ...PAPER, printBackground: false });
  // KEEP_CTRL_P=/tmp/x.pdf keeps the printed PDF to look at (pdftoppm -png).
  if (process.env.KEEP_CTRL_P) copyFileSync(pdf, process.env.KEEP_CTRL_P);
  ({ slides, accent, tint } = await s.page.evaluate(() => {
    const rgb = getComputedStyle(document.querySelector('.reveal ul.bullets > li')!, '::before').backgroundColor.match(/\d+/g)!.map(Number);
    const found = [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].flatMap((section) => {
      const li = section.querySelector<HTMLElement>('ul.bullets > li, ol.steps > li, ul.checklist > li');
      if (!li) return [];
      return [
        {
          id: section.id,
          words: (li.textContent ?? '').trim().split(/\s+/).slice(0, 3).join(' '),
          kind: li.parentElement!.className,
          hasBadges: section.querySelector('.evidence-badges') !== null,
        },
      ];
    });
    const tint = getComputedStyle(document.querySelector('.reveal .callout')!).backgroundColor.match(/\d+/g)!.map(Number);
    return { slides: found, accent: [rgb[0]!, rgb[1]!, rgb[2]!] as [number, number, number], tint: [tint[0]!, tint[1]!, tint[2]!] as [number, number, number] };
  }));
});

afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

expectNoIncidentsAfterEach(() => s);

interface Line {
  readonly page: number;
  readonly y: number;
  readonly h: number;
  /** The line's words with where each starts (pt). */
  readonly words: { readonly x: number; readonly text: string }[];
}

/** Every line of the printed PDF with where it starts (pt), by pdftotext -bbox-layout. */
function pdfLines(file: string): Line[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: Line[] = [];
  xhtml.split('<page ').slice(1).forEach((pageXml, page) => {
    for (const m of pageXml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...m[4]!.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((w) => ({ x: Number(w[1]), text: w[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>') }));
      lines.push({ page, y: Number(m[2]), h: Number(m[3]) - Number(m[2]), words });
    }
  });
  return lines;
}

describe('Ctrl+P on index.html (issue 23)', () => {
  it('the deck has slides with badges above a list, and bullets, to check', () => {
    expect(slides.filter((x) => x.hasBadges).length).toBeGreaterThan(3);
    expect(slides.filter((x) => x.kind === 'bullets').length).toBeGreaterThan(3);
  });

  it('loses no bullets: the printed page has each first list item’s bullet or step circle, in its colour', () => {
    const lines = pdfLines(pdf);
    const missing: string[] = [];
    for (const slide of slides.filter((x) => x.kind === 'bullets' || x.kind === 'steps')) {
      // Where the item's words start on a line (a step's line starts with its number, drawn in its circle).
      const at = lines.flatMap((l) => {
        const i = l.words.findIndex((_, j) => norm(l.words.slice(j, j + 3).map((w) => w.text).join(' ')) === slide.words);
        return i < 0 || i > 1 ? [] : [{ page: l.page, x: l.words[i]!.x, y: l.y, h: l.h }];
      });
      expect(at, `the printed PDF has no line starting "${slide.words}" (slide ${slide.id})`).not.toHaveLength(0);
      // Left of the words, one line high: the bullet (0.4 em) or step circle (1.2 em × 0.85) in the deck's accent.
      const drawn = at.some((l) => colourShare(pdf, l.page, { x: Math.floor(l.x - l.h * 1.4), y: Math.floor(l.y), w: Math.ceil(l.h * 1.3), h: Math.ceil(l.h) }, accent) > 0.03);
      if (!drawn) missing.push(`${slide.id} (${slide.kind}: "${slide.words}")`);
    }
    expect(missing).toEqual([]);
  });

  it('asks the printer to keep the bullets, step circles and badge fills (print-color-adjust: exact)', async () => {
    await s.page.emulateMedia({ media: 'print' });
    const loose = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal ul.bullets > li, .reveal ol.steps > li, .reveal .evidence-badge')]
        .map((el) => ({ el, adjust: getComputedStyle(el, el.matches('li') ? '::before' : null).printColorAdjust }))
        .filter((x) => x.adjust !== 'exact')
        .map((x) => `${x.el.closest('section')!.id} ${x.el.className || x.el.tagName}: ${x.adjust}`),
    );
    await s.page.emulateMedia({ media: null });
    expect(loose).toEqual([]);
  });

  it('prints each callout with its tint (the first page holds the main message: before, 0 % of it was tinted)', () => {
    const page = { x: 0, y: 0, w: 612, h: 792 }; // US Letter at 72 dpi
    expect(colourShare(pdf, 0, page, tint)).toBeGreaterThan(0.02);
  });

  it('prints no link to the other language (it goes nowhere on paper)', () => {
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('Sources:');
    expect(words).not.toMatch(/Español/);
  });

  it('the sources line uses the width of the slide’s text: every line that wraps reaches past 76 % of it, the widest past 90 % (before: at most 74 %, 150 px kept clear)', async () => {
    await s.page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await s.page.emulateMedia({ media: 'print' });
    const reaches = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id] .slide-sources')].flatMap((sources) => {
        const frame = sources.closest<HTMLElement>('.slide-frame')!;
        const f = frame.getBoundingClientRect();
        const style = getComputedStyle(frame);
        const left = f.left + parseFloat(style.paddingLeft);
        const width = f.right - parseFloat(style.paddingRight) - left;
        const range = document.createRange();
        range.selectNodeContents(sources);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
        if (tops.length < 2) return [];
        const first = Math.max(...lines.filter((r) => Math.round(r.top) === tops[0]).map((r) => r.right));
        // A link is never broken, so a line may end early: each line that wraps, at least past the old limit.
        return [{ id: sources.closest('section')!.id, reach: (first - left) / width }];
      }),
    );
    await s.page.emulateMedia({ media: null });
    await s.page.setViewportSize({ width: 1280, height: 720 });
    expect(reaches.length).toBeGreaterThan(3);
    expect(reaches.filter((r) => r.reach < 0.76).map((r) => `${r.id}: its first line reaches ${Math.round(r.reach * 100)} %`)).toEqual([]);
    expect(Math.max(...reaches.map((r) => r.reach))).toBeGreaterThan(0.9);
  });

  it('no badge covers the first list item below it', async () => {
    await s.page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await s.page.emulateMedia({ media: 'print' });
    const overlaps = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].flatMap((section) => {
        const li = section.querySelector<HTMLElement>('li');
        if (!li) return [];
        const item = li.getBoundingClientRect();
        return [...section.querySelectorAll<HTMLElement>('.evidence-badge')].flatMap((badge) => {
          const b = badge.getBoundingClientRect();
          const meets = b.left < item.right && item.left < b.right && b.top < item.bottom && item.top < b.bottom;
          return meets ? [`${section.id}: "${badge.textContent!.trim()}" (${Math.round(b.top)}–${Math.round(b.bottom)} px) meets "${li.textContent!.trim().slice(0, 30)}" (${Math.round(item.top)}–${Math.round(item.bottom)} px)`] : [];
        });
      }),
    );
    await s.page.emulateMedia({ media: null });
    await s.page.setViewportSize({ width: 1280, height: 720 });
    expect(overlaps).toEqual([]);
  });
});
