// One hearing per slide: what a screen reader gets from the built deck in Chromium, read from the
// accessibility tree (CDP Accessibility.getFullAXTree). On every slide, with all its steps shown:
// the title is heard once, each figure once by its alt text (no drawn label, no description
// repeating it), the chart as its alt text plus its captioned table, the live region says where
// you are (not the whole slide), the slide number reads "Slide 3 of 28", figures and tables have
// names, and nothing is wrapped in role="application". Links between slides point at elements
// that exist (HTML_CodeSniffer, as pa11y runs it) and following one moves focus to the new
// slide's heading.

import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledSlide } from '../../src/model/compiled.ts';
import { axTree, hearings, IMAGE_ROLES, subtree, withRole, type AxTree, type Hearing } from '../support/ax-tree.ts';
import { runHtmlcs, type HtmlcsMessage } from '../support/htmlcs.ts';
import { expectNoIncidentsAfterEach, settle, showWholeSlide, slidesOf, startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { slides as deckSlides, stepwiseItems } from '../export/support/deck-expect.ts';

const sentence = (text: string): string => (/[.!?:]$/.test(text) ? text : `${text}.`);

/** The alt text of every figure and chart on a slide (the model, not the DOM). */
const altTexts = (slide: CompiledSlide): string[] => slide.body.flatMap((b) => (b.type === 'figure' || b.type === 'chart' ? [b.alt] : []));

interface SlideHearing {
  readonly id: string;
  readonly index: number;
  readonly tree: AxTree;
  readonly heard: Hearing[];
  /** Labels drawn in an SVG whose words appear nowhere else on the slide. */
  readonly drawnOnly: string[];
  readonly htmlcs: HtmlcsMessage[];
}

describe('one hearing per slide (accessibility tree, Chromium)', () => {
  let s: DeckSession;
  let cdp: CDPSession;
  let visits: SlideHearing[];
  const total = deckSlides.length;

  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
    cdp = await s.page.context().newCDPSession(s.page);
    visits = [];
    for (const [index, slide] of (await slidesOf(s.page)).entries()) {
      const id = await showWholeSlide(s.page, index);
      expect(id).toBe(slide.id);
      // The live region is written once reveal has finished the move (what it says is checked below).
      await s.page.waitForFunction((title) => document.querySelector('.reveal [aria-live]')?.textContent?.includes(title), deckSlides[index]!.title);
      const drawnOnly = await s.page.evaluate(() => {
        const clean = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
        const current = window.Reveal!.getCurrentSlide()!;
        const copy = current.cloneNode(true) as Element;
        copy.querySelectorAll('svg, aside.notes').forEach((n) => n.remove());
        const elsewhere = clean(copy.textContent);
        // Numbered lists say their numbers through CSS counters, which textContent does not show.
        const numbers = new Set([...current.querySelectorAll('ol')].flatMap((ol) => [...ol.children].map((_, i) => String(i + 1))));
        return [...current.querySelectorAll('svg text')].map((t) => clean(t.textContent)).filter((t) => t !== '' && !elsewhere.includes(t) && !numbers.has(t));
      });
      const tree = await axTree(cdp);
      visits.push({ id, index, tree, heard: hearings(tree), drawnOnly, htmlcs: await runHtmlcs(s.page) });
    }
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('visits every slide of the deck', () => {
    expect(visits.map((v) => v.id)).toEqual(deckSlides.map((x) => x.id));
  });

  it('hears each slide title once, and the live region says the title and the slide number, not the slide', () => {
    const problems: string[] = [];
    for (const v of visits) {
      const title = deckSlides[v.index]!.title;
      const page = v.heard.filter((h) => !h.live);
      const live = v.heard.filter((h) => h.live).map((h) => h.text);
      const titled = page.filter((h) => h.text.includes(title));
      if (titled.length !== 1) problems.push(`${v.id}: title heard ${titled.length} times (${titled.map((h) => h.role).join(', ')})`);
      if (live.join(' ') !== `${sentence(title)} Slide ${v.index + 1} of ${total}.`) problems.push(`${v.id}: live region says "${live.join(' ')}"`);
    }
    expect(problems).toEqual([]);
  });

  it('hears each figure and chart once, by its alt text: no description repeating it, no drawn label', () => {
    const problems: string[] = [];
    let figures = 0;
    for (const v of visits) {
      for (const alt of altTexts(deckSlides[v.index]!)) {
        figures++;
        const heard = v.heard.filter((h) => !h.live && h.text.includes(alt));
        if (heard.length !== 1 || !IMAGE_ROLES.has(heard[0]!.role)) {
          problems.push(`${v.id}: alt text heard ${heard.length} times (${heard.map((h) => h.role).join(', ')})`);
          continue;
        }
        const image = v.tree.get(heard[0]!.nodeId)!;
        if (image.description !== '') problems.push(`${v.id}: the image also has the description "${image.description}"`);
        const inside = subtree(v.tree, image.id).filter((n) => n !== image && !n.ignored && n.role === 'StaticText');
        if (inside.length > 0) problems.push(`${v.id}: the image exposes its drawn labels: ${inside.map((n) => `"${n.name}"`).join(', ')}`);
      }
      for (const label of v.drawnOnly) {
        const heard = v.heard.filter((h) => h.text === label);
        if (heard.length > 0) problems.push(`${v.id}: drawn label "${label}" is heard as text`);
      }
    }
    expect(problems).toEqual([]);
    expect(figures, 'figures and charts in the deck').toBeGreaterThan(0);
  });

  it('hears the chart on the trials slide twice in all (alt text, then its captioned table), not four times', () => {
    const v = visits.find((x) => x.id === 'large-trials');
    expect(v, 'the deck has the large-trials chart slide').toBeDefined();
    const chart = deckSlides[v!.index]!.body.find((b) => b.type === 'chart');
    expect(chart?.type).toBe('chart');
    if (chart?.type !== 'chart') return;
    // One value of the chart, as the bars and the table write it ("65 in 100").
    const value = `${Math.round(chart.rows.at(-1)!.values[0]!)} in 100`;
    const heard = v!.heard.filter((h) => h.text.includes(value));
    console.info(`large-trials: "${value}" heard ${heard.length} times: ${heard.map((h) => `${h.role}${h.live ? ' (live region)' : ''}`).join(', ')}`);
    expect(heard.map((h) => h.role).sort()).toEqual(['StaticText', 'image']);
    const table = withRole(v!.tree, 'table');
    expect(table).toHaveLength(1);
    expect(table[0]!.name).toBe(chart.denominator);
  });

  it('names every figure (by its caption) and every table (by its caption)', () => {
    const problems: string[] = [];
    for (const v of visits) {
      for (const role of ['figure', 'table']) {
        for (const n of withRole(v.tree, role)) if (n.name === '') problems.push(`${v.id}: a ${role} has no name`);
      }
    }
    expect(problems).toEqual([]);
    expect(visits.some((v) => withRole(v.tree, 'figure').length > 0)).toBe(true);
  });

  it('reads the slide number as "Slide 3 of 28", never as a link "3 / 28"', () => {
    const problems: string[] = [];
    for (const v of visits) {
      const numberText = `Slide ${v.index + 1} of ${total}`;
      if (!v.heard.some((h) => !h.live && h.text === numberText)) problems.push(`${v.id}: no "${numberText}"`);
      const links = withRole(v.tree, 'link').filter((n) => /^\d+\s*\/\s*\d+$/.test(n.name));
      if (links.length > 0) problems.push(`${v.id}: slide number link "${links[0]!.name}"`);
    }
    expect(problems).toEqual([]);
  });

  it('has no role="application" around the content (screen readers stay in browse mode)', async () => {
    for (const v of visits) expect(withRole(v.tree, 'application'), v.id).toEqual([]);
    expect(await s.page.locator('[role="application"]').count()).toBe(0);
  });

  it('links between slides point at elements that exist: HTML_CodeSniffer (WCAG2AA) finds no error on any slide', async () => {
    const errors = visits.flatMap((v) => v.htmlcs.filter((m) => m.type === 'error').map((m) => `${v.id}: ${m.code} at ${m.element}: ${m.message}`));
    expect(errors).toEqual([]);
    const hrefs = await s.page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides a[href^="#"]')].map((a) => {
        const href = a.getAttribute('href')!;
        return { href, target: document.getElementById(decodeURIComponent(href.slice(1)))?.closest('.slides section')?.id ?? null };
      }),
    );
    expect(hrefs.length, 'links between slides').toBeGreaterThan(0);
    expect(hrefs.filter((h) => h.target === null)).toEqual([]);
  });

  it('announces a step as the step number and what appeared, not the slide', async () => {
    const index = deckSlides.findIndex((x) => stepwiseItems(x).length > 1);
    expect(index).toBeGreaterThan(-1);
    const slide = deckSlides[index]!;
    const items = stepwiseItems(slide);
    const steps = (await slidesOf(s.page))[index]!.steps;
    // The slide with no step shown, then one key press.
    await s.page.evaluate((i) => window.Reveal!.slide(i, 0, -1), index);
    await s.page.waitForFunction(
      (text) => document.querySelector('.reveal [aria-live]')?.textContent === text,
      `${sentence(slide.title)} Slide ${index + 1} of ${total}.`,
    );
    await s.page.keyboard.press('ArrowRight');
    const live = await s.page.waitForFunction(() => {
      const text = document.querySelector('.reveal [aria-live]')?.textContent ?? '';
      return text.startsWith('Step') ? text : null;
    });
    const text = (await live.jsonValue()) as string;
    expect(text.startsWith(`Step 1 of ${steps}: `)).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(items[0]!.replace(/\s*\[\d+\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 30));
    expect(text).not.toContain(slide.title);
  });

  it('following a link to another slide (Enter, click, or a new address) moves focus to that slide’s heading, and the address names it', async () => {
    const from = await s.page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.reveal .slides section a[href="#words-to-know"]');
      return link ? window.Reveal!.getSlides().indexOf(link.closest<HTMLElement>('.slides > section')!) : -1;
    });
    expect(from, 'a slide links to #words-to-know').toBeGreaterThan(-1);
    await showWholeSlide(s.page, from);
    await s.page.locator('.reveal .slides section.present a[href="#words-to-know"]').first().focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => {
      const heading = window.Reveal!.getCurrentSlide()?.querySelector('h1, h2');
      return window.Reveal!.getCurrentSlide()?.id === 'words-to-know' && document.activeElement === heading;
    });
    await s.page.waitForFunction(() => window.location.hash === '#/words-to-know');

    // With the mouse: a source link to the sources slide.
    const cite = await s.page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.reveal .slides section .slide-sources a');
      const slide = link?.closest<HTMLElement>('.slides > section');
      return link && slide ? { from: window.Reveal!.getSlides().indexOf(slide), to: link.getAttribute('href')!.slice(1) } : null;
    });
    expect(cite).not.toBeNull();
    await showWholeSlide(s.page, cite!.from);
    await s.page.locator('.reveal .slides section.present .slide-sources a').first().click();
    await s.page.waitForFunction((to) => {
      const current = window.Reveal!.getCurrentSlide();
      return current?.id === to && document.activeElement === current.querySelector('h1, h2');
    }, cite!.to);
    await settle(s.page);
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('-1');

    // A link from outside the deck's own routing (here: the address changes, as with Back).
    const first = deckSlides[0]!.id;
    await s.page.evaluate((id) => {
      window.location.hash = `#/${id}`;
    }, first);
    await s.page.waitForFunction((id) => {
      const current = window.Reveal!.getCurrentSlide();
      return current?.id === id && document.activeElement === current.querySelector('h1, h2');
    }, first);
  });
});
