// Figures: our own SVG files are inlined (so their text uses the deck's font and can be selected
// in the PDF); raster images become <img>. SVG files are assets we draw, not content strings,
// but they are still parsed as XML (never as HTML) and stripped of anything active.

import type { CompiledBlock } from '../model/compiled.ts';
import type { RenderContext } from './context.ts';
import { el, SVG_NS } from './dom.ts';
import { renderText } from './inline.ts';
import { CLASS } from './markup.ts';
import { ACTIVE_ELEMENTS, isEventHandler, isOutsideLink } from './svg-safety.ts';

/** Removes scripts, event handlers and outside references from a parsed SVG (svg-safety.ts). */
function sanitizeSvg(svg: Element): void {
  for (const name of ACTIVE_ELEMENTS.flatMap((e) => e.names)) for (const node of [...svg.getElementsByTagName(name)]) node.remove();
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (isEventHandler(attr.name) || isOutsideLink(attr.name, attr.value)) node.removeAttribute(attr.name);
    }
  }
}

export function parseSvg(markup: string, doc: Document, name: string): SVGSVGElement {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(markup, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length) {
    throw new Error(`slides/figures/${name} is not a well-formed SVG file. Open it in a browser to find the error.`);
  }
  sanitizeSvg(root);
  return doc.importNode(root, true) as unknown as SVGSVGElement;
}

/**
 * Makes an inline SVG one image, heard once: named by the figure's alt text through its <title>
 * (with no aria-labelledby, or Chromium also takes the <title> as its description and reads the
 * alt text twice), and its drawn labels and shapes hidden from the accessibility tree (Chromium
 * exposes the <text> of a role="img" SVG as separate text nodes).
 */
export function labelSvg(svg: SVGSVGElement, alt: string, doc: Document): void {
  for (const old of [...svg.children].filter((c) => c.localName === 'title' || c.localName === 'desc')) old.remove();
  for (const drawn of svg.children) drawn.setAttribute('aria-hidden', 'true');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = alt;
  svg.insertBefore(title, svg.firstChild);
  svg.removeAttribute('aria-labelledby');
  svg.removeAttribute('aria-describedby');
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
}

/**
 * How wide a drawing is, counted in its smallest label's font size: a 560-unit drawing whose
 * smallest label is 26 units is 21.5 labels wide. Drawn w CSS px wide, its smallest label is
 * w ÷ that many px tall, so the reading view shows a drawing only where the column is that many
 * times its smallest text size (read.css). Font sizes in user units (a number or px) on the text
 * or the nearest group around it; undefined for a drawing without sized labels.
 */
export function widthInLabels(svg: SVGSVGElement): number | undefined {
  const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const width = box.length === 4 && box[2]! > 0 ? box[2]! : parseFloat(svg.getAttribute('width') ?? '');
  const userUnits = (value: string | null | undefined): number | undefined => {
    const m = /^\s*([\d.]+)(px)?\s*$/.exec(value ?? '');
    return m ? Number(m[1]) : undefined;
  };
  const sizeOf = (node: Element | null): number | undefined => {
    for (let at = node; at; at = at === svg ? null : at.parentElement) {
      const size = userUnits(at.getAttribute('font-size')) ?? userUnits(/font-size\s*:\s*([^;]+)/.exec(at.getAttribute('style') ?? '')?.[1]);
      if (size !== undefined) return size;
    }
    return undefined;
  };
  const sizes = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '').flatMap((t) => sizeOf(t) ?? []);
  if (!(width > 0) || sizes.length === 0) return undefined;
  return Math.round((width / Math.min(...sizes)) * 100) / 100;
}

/** The custom property that carries widthInLabels() to the reading view's CSS (src/theme/read.css). */
export const WIDTH_IN_LABELS = '--width-in-labels';

/** <figure> named by its caption (Chromium does not derive a figure's name from <figcaption>). */
export function captionedFigure(doc: Document, attrs: Record<string, string>, captionId: string, content: Node[], caption: Node[]): HTMLElement {
  return el(doc, 'figure', { ...attrs, 'aria-labelledby': captionId }, [...content, el(doc, 'figcaption', { id: captionId }, caption)]);
}

export function renderFigure(block: Extract<CompiledBlock, { type: 'figure' }>, ctx: RenderContext, index: number): HTMLElement {
  const { doc } = ctx;
  const asset = ctx.assets.get(block.src);
  if (!asset) throw new Error(`slide ${ctx.slideId}: figure "${block.src}" is not in slides/figures/`);
  let art: Element;
  let labels: number | undefined;
  if (asset.kind === 'svg') {
    const svg = parseSvg(asset.markup, doc, block.src);
    labels = widthInLabels(svg);
    labelSvg(svg, block.alt, doc);
    art = svg;
  } else {
    art = el(doc, 'img', { src: asset.url, alt: block.alt, decoding: 'sync' });
  }
  return captionedFigure(
    doc,
    { class: CLASS.figure, 'data-src': block.src },
    `${ctx.slideId}-figure-${index}-caption`,
    [el(doc, 'div', { class: CLASS.figureArt, style: labels === undefined ? undefined : `${WIDTH_IN_LABELS}: ${labels}` }, [art])],
    renderText(block.caption, ctx),
  );
}
