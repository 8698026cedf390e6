// axe-core in the deck page. Injected with page.evaluate: the deck's CSP (rightly) blocks the
// inline <script> that page.addScriptTag would add.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  readonly rule: string;
  readonly impact: string | null;
  readonly target: string;
  readonly summary: string;
}

export interface AxeReport {
  readonly violations: AxeFinding[];
  /** colour-contrast results axe could not decide (other than SVG text, see below). */
  readonly contrastIncomplete: AxeFinding[];
  /** How many SVG <text> nodes axe left undecided; svgTextContrast() checks them instead. */
  readonly svgTextSkipped: number;
}

/** Runs axe on the whole document in its current state. */
export async function runAxe(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string; element?: Element; any: { message: string }[] };
    type Result = { id: string; impact: string | null; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[]; incomplete: Result[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, elementRef: true, resultTypes: ['violations', 'incomplete'] });
    const flat = (r: Result, n: Node) => ({
      rule: r.id,
      impact: r.impact,
      target: n.target.map(String).join(' '),
      summary: (n.failureSummary ?? n.any.map((a) => a.message).join('; ')).replace(/\s+/g, ' ').trim(),
    });
    const contrast = res.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => ({ r, n })));
    // axe stops at the <svg> element behind any SVG <text> ("image node") and can never decide
    // those; they are checked by svgTextContrast() instead. Every other incomplete counts.
    const isSvgText = (n: Node) => n.element instanceof SVGElement;
    return {
      violations: res.violations.flatMap((r) => r.nodes.map((n) => flat(r, n))),
      contrastIncomplete: contrast.filter(({ n }) => !isSvgText(n)).map(({ r, n }) => flat(r, n)),
      svgTextSkipped: contrast.filter(({ n }) => isSvgText(n)).length,
    };
  }, AXE_TAGS);
}

export interface SvgTextContrast {
  readonly text: string;
  readonly ratio: number | null;
  /** Why the background could not be determined (e.g. text over a pattern). */
  readonly problem?: string;
}

/**
 * Contrast of every visible run of SVG text inside `root` (a <text>'s own words, each <tspan>): its fill against the colour actually painted
 * under it, found by hit-testing the shapes below the text (fill only: isPointInFill) and, past
 * the <svg>, the first opaque HTML background. Samples the centre and both ends of each text
 * (scrolled into view first where it lies outside the viewport).
 */
export function svgTextContrast(page: Page, rootSelector: string): Promise<SvgTextContrast[]> {
  return page.evaluate((selector) => {
    type RGBA = [number, number, number, number];
    const parse = (css: string): RGBA | null => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a];
    };
    const over = (top: RGBA, below: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
    };
    const lum = (c: RGBA) => {
      const ch = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const alphaOf = (el: Element, prop: 'fill-opacity' | 'opacity') => Number(getComputedStyle(el).getPropertyValue(prop) || 1);

    // The colour painted at (x, y) below `text`, or the reason it cannot be known.
    const background = (text: Element, x: number, y: number): RGBA | string => {
      const layers: RGBA[] = [];
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === text || text.contains(el) || el.localName === 'text' || el.localName === 'tspan') continue;
        if (el instanceof SVGGeometryElement) {
          const ctm = el.getScreenCTM();
          if (!ctm) continue;
          const p = new DOMPoint(x, y).matrixTransform(ctm.inverse());
          if (!el.isPointInFill(p)) continue; // hit by its stroke only: stroke lines are not a text background
          const style = getComputedStyle(el);
          if (style.fill.startsWith('url(')) return `text over a pattern or gradient (${el.localName}.${el.getAttribute('class') ?? ''})`;
          const fill = parse(style.fill);
          if (!fill) continue;
          layers.push([fill[0], fill[1], fill[2], fill[3] * alphaOf(el, 'fill-opacity') * alphaOf(el, 'opacity')]);
        } else if (el instanceof SVGElement) {
          continue;
        } else {
          const bg = parse(getComputedStyle(el).backgroundColor);
          if (getComputedStyle(el).backgroundImage !== 'none') return `text over a background image (${el.localName})`;
          if (bg && bg[3] > 0) layers.push(bg);
        }
        if (layers.length && layers[layers.length - 1]![3] >= 1) break;
      }
      return layers.reduceRight<RGBA>((below, top) => over(top, below), [255, 255, 255, 1]);
    };

    const results: { text: string; ratio: number | null; problem?: string }[] = [];
    // Each run of words on its own: a <text>'s own words and each <tspan> (a wrapped label's lines,
    // a word in another weight), as axe counts them; the middle of a two-line label is between its lines.
    const ownWords = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const boxOf = (el: SVGTextContentElement) => {
      if (el.children.length === 0) return el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(ownWords(el)[0]!);
      return range.getBoundingClientRect();
    };
    const runs = [...document.querySelectorAll<SVGTextContentElement>(`${selector} svg text, ${selector} svg tspan`)].filter((el) => ownWords(el).length > 0);
    for (const text of runs) {
      const content = ownWords(text)
        .map((n) => n.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      let box = boxOf(text);
      // Hit-testing sees only what is in the viewport: on a long page (the reading view), bring
      // the label into view first.
      if (box.width > 0 && (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth)) {
        text.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        box = boxOf(text);
      }
      if (!content || box.width === 0 || !text.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const style = getComputedStyle(text);
      const fill = parse(style.fill);
      if (!fill) {
        results.push({ text: content, ratio: null, problem: `text fill is ${style.fill}` });
        continue;
      }
      let worst: number | null = Infinity;
      let problem: string | undefined;
      const y = box.top + box.height / 2;
      for (const x of [box.left + 2, box.left + box.width / 2, box.right - 2]) {
        const bg = background(text, x, y);
        if (typeof bg === 'string') {
          problem = bg;
          worst = null;
          break;
        }
        worst = Math.min(worst!, ratio(over([fill[0], fill[1], fill[2], fill[3] * alphaOf(text, 'fill-opacity')], bg), bg));
      }
      results.push({ text: content, ratio: worst === null ? null : Math.round(worst * 100) / 100, ...(problem ? { problem } : {}) });
    }
    return results;
  }, rootSelector);
}
