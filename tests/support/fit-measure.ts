// Measuring whether the current slide fits its canvas, in the page (Chromium or Firefox): used by
// tests/browser/fit.test.ts and tests/browser/firefox.test.ts. Self-contained: it is serialised
// and run in the browser.

export interface SlideFit {
  readonly id: string;
  readonly hiddenSteps: number;
  readonly overflow: string[];
  readonly smallText: string[];
}

/** Measures the current slide in the page. Tolerances absorb sub-pixel rounding only. */
export function measure(args: { width: number; height: number; minPx: number }): SlideFit {
  const TOL = 1;
  const section = window.Reveal!.getCurrentSlide()!;
  const frame = section.querySelector<HTMLElement>(':scope > .slide-frame')!;
  const overflow: string[] = [];
  const name = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `<${el.localName}${el.classList.length ? '.' + [...el.classList].join('.') : ''}> "${text.length > 60 ? text.slice(0, 57) + '…' : text}"`;
  };
  if (section.scrollWidth > args.width + TOL || section.scrollHeight > args.height + TOL)
    overflow.push(`the slide is ${section.scrollWidth}×${section.scrollHeight}, larger than ${args.width}×${args.height}`);
  if (frame.scrollWidth > frame.clientWidth + TOL || frame.scrollHeight > frame.clientHeight + TOL)
    overflow.push(`content is ${frame.scrollWidth}×${frame.scrollHeight} in a ${frame.clientWidth}×${frame.clientHeight} frame`);
  const box = frame.getBoundingClientRect();
  const hiddenForAT = (el: Element) => el.closest('.visually-hidden') !== null;
  for (const el of frame.querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (hiddenForAT(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < box.left - TOL || r.top < box.top - TOL || r.right > box.right + TOL || r.bottom > box.bottom + TOL) {
      overflow.push(`${name(el)} sticks out of the slide (${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} to ${Math.round(r.right - box.left)},${Math.round(r.bottom - box.top)})`);
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

  // Rendered text size on the canvas: CSS font size, times any scaling of an SVG's user units.
  const smallText: string[] = [];
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim() || hiddenForAT(el) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    seen.add(el);
    let px = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) / window.Reveal!.getScale();
    }
    if (px < args.minPx - 0.05) smallText.push(`${name(el)} is ${px.toFixed(1)} px`);
  }
  return { id: section.id, hiddenSteps: section.querySelectorAll('.fragment:not(.visible)').length, overflow, smallText };
}
