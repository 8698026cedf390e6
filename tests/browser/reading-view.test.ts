// The reading view (dist/read.html): the talk as one article for reading on a phone after the
// talk. At 320 px (WCAG 1.4.10 reflow), 375 px (a phone) and 1280 px: no sideways scrolling,
// text at least 18 CSS px, every slide of the deck in place under its own anchor, axe-core
// clean, nothing requested from another origin. Expectations come from the build's deck.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ManifestSlide } from '../../src/model/manifest.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { runAxe } from '../support/axe.ts';
import { expectNoIncidentsAfterEach, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { vnuCheck } from '../support/vnu.ts';

const manifest = readManifest(inject('distDir'));
const READ = manifest.pages.read!;
const slides = manifest.editions.full!.slides;
/** Slides merged into one section each in the reading view (their ids stay anchors inside it). */
const MERGED = new Set(['glossary', 'sources']);

async function openReadingView(s: DeckSession, hash = ''): Promise<void> {
  await s.page.goto(s.url + READ + hash, { waitUntil: 'load' });
  await s.page.waitForFunction(() => document.fonts.status === 'loaded');
}

interface Layout {
  readonly viewport: number;
  readonly scrollWidth: number;
  /** Elements that reach past the viewport's right edge (or start left of it). */
  readonly outside: string[];
  /** The smallest computed font size of any element with text of its own. */
  readonly smallestText: { px: number; what: string };
  readonly paragraphPx: number;
}

function layout(): Layout {
  const vw = document.documentElement.clientWidth;
  const outside: string[] = [];
  let smallestText = { px: Infinity, what: '' };
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>('body *')) {
    if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
    const r = el.getBoundingClientRect();
    const what = `<${el.localName}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    if (r.width > 0 && (r.left < -0.5 || r.right > vw + 0.5)) outside.push(`${what} spans x ${r.left.toFixed(0)}–${r.right.toFixed(0)}`);
    // Drawn labels inside a figure are part of the picture; the same words are text beside it.
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (ownText && !el.closest('svg')) {
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < smallestText.px) smallestText = { px, what };
    }
  }
  return {
    viewport: vw,
    scrollWidth: document.documentElement.scrollWidth,
    outside,
    smallestText,
    paragraphPx: parseFloat(getComputedStyle(document.querySelector('.read-section > p, .read-section li')!).fontSize),
  };
}

interface Anchors {
  /** Per slide id: the element with that id, its tag, and the heading text of the section it is in. */
  readonly found: Record<string, { tag: string; heading: string; inMergedSection: boolean } | null>;
  /** Section ids in page order. */
  readonly order: string[];
  readonly notes: number;
  readonly scripts: number;
}

function anchors(ids: string[]): Anchors {
  const found: Anchors['found'] = {};
  for (const id of ids) {
    const el = document.getElementById(id);
    const section = el?.closest('section, header');
    found[id] = el ? { tag: el.localName, heading: (section?.querySelector('h1, h2')?.textContent ?? '').trim(), inMergedSection: section !== el } : null;
  }
  return {
    found,
    order: [...document.querySelectorAll('article > :is(header, section)')].map((s) => s.id),
    notes: document.querySelectorAll('aside.notes, .notes').length,
    scripts: document.querySelectorAll('script').length,
  };
}

describe.each([
  { width: 320, height: 640, what: '400 % zoom (WCAG 1.4.10 reflow)' },
  { width: 375, height: 740, what: 'a phone' },
  { width: 1280, height: 800, what: 'a laptop' },
])('read.html at $width px ($what)', ({ width, height }) => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width, height } });
    await openReadingView(s);
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('reflows: no sideways scrolling, nothing past the right edge', async () => {
    const l = await s.page.evaluate(layout);
    expect(l.viewport).toBe(width);
    expect(l.scrollWidth).toBeLessThanOrEqual(width);
    expect(l.outside).toEqual([]);
  });

  it('sets every piece of text at 18 CSS px or more, running text at 20 px or more', async () => {
    const l = await s.page.evaluate(layout);
    expect(l.smallestText.px, l.smallestText.what).toBeGreaterThanOrEqual(18);
    expect(l.paragraphPx).toBeGreaterThanOrEqual(20);
  });

  it('has every slide of the deck in order under its own anchor: talk slides as sections headed by their titles, caveats first, no speaker notes', async () => {
    const a = await s.page.evaluate(anchors, slides.map((x) => x.id));
    const talk = slides.filter((x) => !MERGED.has(x.kind));
    for (const slide of slides) {
      const at = a.found[slide.id];
      expect(at, slide.id).not.toBeNull();
      if (MERGED.has(slide.kind)) {
        // A "words to know" or sources slide: its anchor is inside the one section of its kind.
        const first = slides.find((x) => x.kind === slide.kind)!;
        expect(at!.heading, slide.id).toBe(first.title);
      } else {
        expect(at!.tag, slide.id).toBe(slide.kind === 'title' ? 'header' : 'section');
        expect(at!.heading, slide.id).toBe(slide.title);
      }
    }
    const sectionsInOrder = a.order.filter((id) => talk.some((x) => x.id === id));
    expect(sectionsInOrder).toEqual(talk.map((x) => x.id));
    expect(a.order[1]).toBe(slides.find((x: ManifestSlide) => x.kind === 'caveats')!.id);
    expect(a.order.at(-1)).toBe(slides.find((x) => x.kind === 'sources')!.id);
    expect(a.notes).toBe(0);
    expect(a.scripts).toBe(0);
  });

  it('passes axe-core with no violations', async () => {
    const report = await runAxe(s.page);
    expect(report.violations).toEqual([]);
    expect(report.contrastIncomplete).toEqual([]);
  });
});

describe('read.html: reading it', () => {
  let s: DeckSession;
  let page: Page;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 1280, height: 800 } });
    page = s.page;
    await openReadingView(s);
  });
  afterAll(async () => s?.close());

  it('keeps lines to about 70 characters on a wide screen', async () => {
    const perLine = await page.evaluate(() => {
      const counts: number[] = [];
      for (const block of document.querySelectorAll('.read-section :is(p, li), .read-header p')) {
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          for (let i = 0; i < text.data.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const box = range.getClientRects()[0];
            if (box) lines.set(Math.round(box.top / 4), (lines.get(Math.round(box.top / 4)) ?? 0) + 1);
          }
        }
        counts.push(...lines.values());
      }
      return counts.sort((a, b) => b - a);
    });
    expect(perLine.length).toBeGreaterThan(200);
    expect(perLine[0]).toBeLessThanOrEqual(78);
    expect(perLine[Math.floor(perLine.length / 20)]).toBeLessThanOrEqual(72);
  });

  it('uses the deck’s own font, loaded from the deck', async () => {
    const font = await page.evaluate(() => ({ family: getComputedStyle(document.body).fontFamily, ok: document.fonts.check('20px "Atkinson Hyperlegible Next"') }));
    expect(font.family).toMatch(/^"?Atkinson Hyperlegible Next/);
    expect(font.ok).toBe(true);
  });

  it('links each defined term to its definition, each citation and sources line to its reference, and the contents to each section', async () => {
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => ({ href: a.getAttribute('href')!, target: document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))?.localName ?? null })),
    );
    expect(links.filter((l) => l.href.startsWith('#term-')).length).toBeGreaterThan(3);
    expect(links.filter((l) => l.href.startsWith('#source-')).length).toBeGreaterThan(10);
    expect(links.filter((l) => l.target === null)).toEqual([]);
    const contents = await page.$$eval('nav a', (as) => as.map((a) => a.getAttribute('href')));
    expect(contents.length).toBeGreaterThan(20);
  });

  it('keeps figures as pictures named by their alt text with captions, and the chart as its picture and its table', async () => {
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('figure')].map((f) => ({
        alt: f.querySelector('svg[role="img"] > title, img')?.textContent ?? f.querySelector('img')?.getAttribute('alt') ?? '',
        caption: (f.querySelector('figcaption')?.textContent ?? '').trim(),
        table: f.querySelectorAll('table th').length,
        chart: f.classList.contains('chart'),
      })),
    );
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures) {
      expect(f.alt.length).toBeGreaterThan(10);
      expect(f.caption.length).toBeGreaterThan(5);
    }
    expect(figures.filter((f) => f.chart).every((f) => f.table > 2)).toBe(true);
  });

  it('opens at a slide’s section from read.html#<slide id>', async () => {
    await openReadingView(s, '#large-trials');
    await page.waitForFunction(() => Math.abs(document.getElementById('large-trials')!.getBoundingClientRect().top) < 2);
    expect(await page.evaluate(() => document.querySelector('#large-trials h2')!.textContent)).toBe(slides.find((x) => x.id === 'large-trials')!.title);
  });

  it('has a print stylesheet: 12 pt text, no contents box', async () => {
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({ body: getComputedStyle(document.body).fontSize, contents: getComputedStyle(document.querySelector('.read-contents')!).display }));
    await page.emulateMedia({ media: 'screen' });
    expect(print).toEqual({ body: '16px', contents: 'none' });
  });

  it('is valid HTML (W3C Nu HTML Checker: no error), and so are the handout pages', () => {
    const pages = [READ, ...Object.values(manifest.handouts).map((h) => h.page)].map((p) => join(inject('distDir'), p));
    const errors = [...vnuCheck(pages).values()].flat().filter((m) => m.kind === 'error');
    expect(errors).toEqual([]);
  });

  it('carries the deck’s Content-Security-Policy and runs no script', () => {
    const policy = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
    const read = readFileSync(join(inject('distDir'), READ), 'utf8');
    const index = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    expect(policy(read)).toBeDefined();
    expect(policy(read)).toBe(policy(index));
    expect(read).not.toMatch(/<script\b/i);
  });
});

describe('read.html at 320 px with the text spacing of WCAG 1.4.12', () => {
  let s: DeckSession;
  beforeAll(async () => {
    s = await startDeckSession({ viewport: { width: 320, height: 640 } });
    await openReadingView(s);
    // The success criterion's overrides (line height 1.5, paragraphs 2 em apart, letters 0.12 em,
    // words 0.16 em), applied as a user style sheet would.
    await s.page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    await s.page.waitForFunction(() => document.fonts.status === 'loaded');
  });
  afterAll(async () => s?.close());

  it('loses nothing: no sideways scrolling, and no text cut off by its box', async () => {
    const l = await s.page.evaluate(layout);
    expect(l.scrollWidth).toBeLessThanOrEqual(320);
    expect(l.outside).toEqual([]);
    const clipped = await s.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => !el.closest('.visually-hidden, svg') && el.checkVisibility())
        .filter((el) => {
          const style = getComputedStyle(el);
          const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
          return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        })
        .map((el) => `<${el.localName}> ${(el.textContent ?? '').trim().slice(0, 40)}`),
    );
    expect(clipped).toEqual([]);
  });
});
