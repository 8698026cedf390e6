// Whether the current slide fits its canvas: THE definition of "fits", measured in the page.
// Used by `npm run check` (src/measure/fit-check.ts), by `npm run dev`'s overflow marker
// (src/present/dev-fit.ts), and by the fit tests in Chromium and Firefox
// (tests/browser/fit.test.ts, tests/browser/firefox.test.ts).
//
// Self-contained: Playwright and Puppeteer serialise it into the page, so it may use nothing
// from outside its own body (types excepted). Class names are those of src/render/markup.ts.

/** The floor for visible text on the slide canvas (theme: --size-small). */
export const MIN_TEXT_PX = 24;

/** A part of the slide that runs out of the space it has. */
export interface Spill {
  /** `title`, `subtitle`, `byline`, `badges` (the header), `block` (a body block) or `sources`. */
  readonly part: 'title' | 'subtitle' | 'byline' | 'badges' | 'block' | 'sources';
  /** For a block: the column of a split layout (`text` or `visual`), absent for one column. */
  readonly column?: 'text' | 'visual';
  /** For a block: its place in the body, or in its column (0-based, in the order shown). */
  readonly index?: number;
  /** The element and a short excerpt of its text, e.g. `figure "A TMEM doorway."`. */
  readonly what: string;
  /** Canvas px of it outside its space: above and below (`height`), else past the right edge (`width`). */
  readonly over: number;
  readonly edge: 'height' | 'width';
}

export interface SlideFit {
  readonly id: string;
  /** Steps (fragments) of the slide not shown when it was measured. */
  readonly hiddenSteps: number;
  /** Everything that does not fit, in words; empty when the slide fits. */
  readonly overflow: string[];
  /** Visible text smaller than `minPx`. */
  readonly smallText: string[];
  /**
   * Words drawn in a figure (SVG text) that run out of their drawing, where the drawing cuts
   * them off, or past the box they are drawn in (a step, a panel), where the next box covers
   * them. Also in `overflow`: the slide does not fit.
   */
  readonly figureText: string[];
  /** Canvas px of content beyond the body's box (the space under the header), 0 if none. */
  readonly bodyOver: number;
  /** The header's height and the frame's height, in canvas px. */
  readonly headerHeight: number;
  readonly frameHeight: number;
  /** The top-level parts (header parts, body blocks, sources line) that run out of their space. */
  readonly spills: Spill[];
}

/**
 * What to name when a measured slide does not fit, for `npm run check` and the dev server's
 * marker alike: a header part that runs off the slide (title, subtitle, byline, badges) squeezes
 * the body out too, so the header alone is named; otherwise every part that spills.
 */
export function fitCulprits(fit: SlideFit): { readonly header: readonly Spill[]; readonly culprits: readonly Spill[] } {
  const header = fit.spills.filter((s) => s.part !== 'block' && s.part !== 'sources');
  return { header, culprits: header.length > 0 ? header : fit.spills };
}

export interface MeasureArgs {
  /** The canvas size (the deck's slide size). */
  readonly width: number;
  readonly height: number;
  /** The smallest text size allowed on the canvas. */
  readonly minPx: number;
  /**
   * Count steps not shown yet as if they were (they take their place in the layout either way).
   * The dev marker measures the slide as the presenter sees it, at any step.
   */
  readonly includeHiddenSteps?: boolean;
}

/** Measures the current slide. Tolerances absorb sub-pixel rounding only. */
export function measure(args: MeasureArgs): SlideFit {
  const TOL = 1;
  const section = window.Reveal!.getCurrentSlide()!;
  const frame = section.querySelector<HTMLElement>(':scope > .slide-frame')!;
  const body = frame.querySelector<HTMLElement>(':scope > .slide-body');
  const overflow: string[] = [];
  const excerpt = (el: Element, max: number) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length > max ? `${text.slice(0, max - 3)}…` : text;
  };
  const name = (el: Element) => `<${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}> "${excerpt(el, 60)}"`;
  // Canvas px per screen px: 1 at scale 1; the dev marker measures at whatever scale the window has.
  const box = frame.getBoundingClientRect();
  const k = frame.offsetWidth > 0 && box.width > 0 ? frame.offsetWidth / box.width : 1;
  const px = (n: number) => Math.round(n * k);
  const visible = (el: Element) =>
    el.checkVisibility({ visibilityProperty: !(args.includeHiddenSteps && el.closest('.fragment')) });

  if (section.scrollWidth > args.width + TOL || section.scrollHeight > args.height + TOL)
    overflow.push(`the slide is ${section.scrollWidth}×${section.scrollHeight}, larger than ${args.width}×${args.height}`);
  if (frame.scrollWidth > frame.clientWidth + TOL || frame.scrollHeight > frame.clientHeight + TOL)
    overflow.push(`content is ${frame.scrollWidth}×${frame.scrollHeight} in a ${frame.clientWidth}×${frame.clientHeight} frame`);
  const hiddenForAT = (el: Element) => el.closest('.visually-hidden') !== null;
  for (const el of frame.querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (hiddenForAT(el) || !visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - TOL || r.top < box.top - TOL || r.right > box.right + TOL || r.bottom > box.bottom + TOL) {
      overflow.push(`${name(el)} sticks out of the slide (${px(r.left - box.left)},${px(r.top - box.top)} to ${px(r.right - box.left)},${px(r.bottom - box.top)})`);
    }
    // A box whose own content is taller or wider than the box: text spilling over its neighbours.
    // Glyphs of a tight line-height poke a few px out of their line box; a spilled line is
    // at least a line tall, so allow a quarter of the font size.
    const style = getComputedStyle(el);
    if (el instanceof HTMLElement && el.clientHeight > 0 && style.display !== 'inline') {
      const slack = Math.max(TOL, parseFloat(style.fontSize) / 4);
      if (el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack)
        overflow.push(`${name(el)} holds ${el.scrollWidth}×${el.scrollHeight} px in a ${el.clientWidth}×${el.clientHeight} box`);
    }
  }

  // Words drawn in a figure do not reflow: with a reader's wider letters (WCAG 1.4.12) a label
  // can run out of its drawing (cut off) or past the box it is drawn in (under the next one).
  // A label "in a box" is one whose first letter is inside a rectangle of the drawing: the
  // smallest such rectangle is its box. (Screen boxes: the figures are not rotated.)
  const figureText: string[] = [];
  for (const svg of frame.querySelectorAll('svg')) {
    if (hiddenForAT(svg) || !visible(svg)) continue;
    const drawing = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('rect')]
      .filter((r) => !r.closest('defs, pattern, clipPath, mask, symbol'))
      .map((r) => {
        // Inside its outline: the box less the inner half of its stroke (in screen px).
        const b = r.getBoundingClientRect();
        const unit = r.width.baseVal.value > 0 ? b.width / r.width.baseVal.value : 1;
        const stroke = getComputedStyle(r).stroke === 'none' ? 0 : (parseFloat(getComputedStyle(r).strokeWidth) || 0) * unit;
        return { left: b.left, top: b.top, width: b.width, height: b.height, right: b.right - stroke / 2, bottom: b.bottom };
      })
      .filter((b) => b.width > 0 && b.height > 0);
    for (const text of svg.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 || !visible(text)) continue;
      const words = `figure text "${excerpt(text, 40)}"`;
      const out = Math.max(drawing.left - r.left, r.right - drawing.right, drawing.top - r.top, r.bottom - drawing.bottom);
      if (out > TOL) {
        figureText.push(`${words} runs ${px(out)} px out of its drawing, which cuts it off`);
        continue;
      }
      const x = r.left + 1;
      const y = (r.top + r.bottom) / 2;
      const box = boxes.filter((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom).sort((a, b) => a.width * a.height - b.width * b.height)[0];
      if (box && r.right > box.right + TOL) figureText.push(`${words} runs ${px(r.right - box.right)} px past the box it is drawn in`);
    }
  }
  overflow.push(...figureText);

  // Which top-level part runs out of its space, and by how much: header parts and the sources
  // line must stay inside the frame's padding box, body blocks inside the body's box.
  const spills: Spill[] = [];
  const room = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return { top: r.top + parseFloat(s.paddingTop) / k, bottom: r.bottom - parseFloat(s.paddingBottom) / k, right: r.right - parseFloat(s.paddingRight) / k };
  };
  // The element's text for people: a figure or chart by its caption, anything else by its words.
  const label = (el: Element) => {
    const caption = el.querySelector('figcaption');
    const kind = el.localName === 'div' || el.localName === 'p' ? (el.classList[0] ?? el.localName) : el.localName;
    return `${kind} "${excerpt(caption ?? el, 40)}"`;
  };
  const spill = (el: Element, limit: { top: number; bottom: number; right: number }, part: Spill['part'], place: Pick<Spill, 'column' | 'index'> = {}) => {
    if (!visible(el)) return;
    const r = el.getBoundingClientRect();
    // Its own content too: an SVG or a long word can overflow the element's box.
    const bottom = Math.max(r.bottom, r.top + (el instanceof HTMLElement ? el.scrollHeight / k : 0));
    const right = Math.max(r.right, r.left + (el instanceof HTMLElement ? el.scrollWidth / k : 0));
    const out = Math.max(0, limit.top - r.top) + Math.max(0, bottom - limit.bottom);
    const across = right - limit.right;
    if (out > TOL) spills.push({ part, ...place, what: label(el), over: px(out), edge: 'height' });
    else if (across > TOL) spills.push({ part, ...place, what: label(el), over: px(across), edge: 'width' });
  };
  const frameLimit = room(frame);
  const header = frame.querySelector<HTMLElement>(':scope > .slide-header');
  for (const el of header?.children ?? []) {
    const part = el.classList.contains('slide-title') ? 'title' : el.classList.contains('subtitle') ? 'subtitle' : el.classList.contains('byline') ? 'byline' : 'badges';
    spill(el, frameLimit, part);
  }
  let bodyOver = 0;
  if (body) {
    bodyOver = Math.max(0, body.scrollHeight - body.clientHeight, body.scrollWidth - body.clientWidth);
    const bodyBox = body.getBoundingClientRect();
    const bodyLimit = { top: bodyBox.top, bottom: bodyBox.bottom, right: bodyBox.right };
    const columns = [...body.children].filter((c) => c.classList.contains('column-text') || c.classList.contains('column-visual'));
    if (columns.length > 0) {
      for (const column of columns) {
        const which = column.classList.contains('column-text') ? 'text' : 'visual';
        [...column.children].forEach((el, index) => spill(el, bodyLimit, 'block', { column: which, index }));
      }
    } else [...body.children].forEach((el, index) => spill(el, bodyLimit, 'block', { index }));
  }
  const sources = frame.querySelector<HTMLElement>(':scope > .slide-sources');
  if (sources) spill(sources, frameLimit, 'sources');

  // Rendered text size on the canvas: CSS font size, times any scaling of an SVG's user units.
  const smallText: string[] = [];
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim() || hiddenForAT(el) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    seen.add(el);
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) size *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) / window.Reveal!.getScale();
    }
    if (size < args.minPx - 0.05) smallText.push(`${name(el)} is ${size.toFixed(1)} px`);
  }
  return {
    id: section.id,
    hiddenSteps: section.querySelectorAll('.fragment:not(.visible)').length,
    overflow,
    smallText,
    figureText,
    bodyOver,
    headerHeight: header ? px(header.getBoundingClientRect().height) : 0,
    frameHeight: frame.clientHeight,
    spills,
  };
}
