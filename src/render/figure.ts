// Figures: our own SVG files are inlined (so their text uses the deck's font and can be selected
// in the PDF); raster images become <img>. SVG files are assets we draw, not content strings,
// but they are still parsed as XML (never as HTML) and stripped of anything active.

import type { CompiledBlock } from '../model/compiled.ts';
import type { RenderContext } from './context.ts';
import { el, SVG_NS } from './dom.ts';
import { renderText } from './inline.ts';
import { CLASS } from './markup.ts';

const BANNED_ELEMENTS = ['script', 'foreignObject', 'iframe', 'object', 'embed', 'audio', 'video'];

/** Removes scripts, event handlers and outside references from a parsed SVG. */
function sanitizeSvg(svg: Element): void {
  for (const name of BANNED_ELEMENTS) for (const node of [...svg.getElementsByTagName(name)]) node.remove();
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      const isLink = name === 'href' || name === 'xlink:href' || name === 'src';
      if (name.startsWith('on') || (isLink && !attr.value.startsWith('#'))) node.removeAttribute(attr.name);
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

/** Makes an inline SVG an image with the figure's alt text as its accessible name. */
function labelSvg(svg: SVGSVGElement, alt: string, id: string, doc: Document): void {
  for (const old of [...svg.children].filter((c) => c.localName === 'title')) old.remove();
  const title = doc.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', id);
  title.textContent = alt;
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', id);
  svg.setAttribute('focusable', 'false');
}

export function renderFigure(block: Extract<CompiledBlock, { type: 'figure' }>, ctx: RenderContext, index: number): HTMLElement {
  const { doc } = ctx;
  const asset = ctx.assets.get(block.src);
  if (!asset) throw new Error(`slide ${ctx.slideId}: figure "${block.src}" is not in slides/figures/`);
  let art: Element;
  if (asset.kind === 'svg') {
    const svg = parseSvg(asset.markup, doc, block.src);
    labelSvg(svg, block.alt, `${ctx.slideId}-figure-${index}-title`, doc);
    art = svg;
  } else {
    art = el(doc, 'img', { src: asset.url, alt: block.alt, decoding: 'sync' });
  }
  return el(doc, 'figure', { class: CLASS.figure, 'data-src': block.src }, [
    el(doc, 'div', { class: CLASS.figureArt }, [art]),
    el(doc, 'figcaption', {}, renderText(block.caption, ctx)),
  ]);
}
