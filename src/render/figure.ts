// Figures: our own SVG files are inlined (so their text uses the deck's font and can be selected
// in the PDF); raster images become <img>. SVG files are assets we draw, not content strings,
// but they are still read as XML (never as HTML) and stripped of anything active (svg-markup.ts).

import type { CompiledBlock } from '../model/compiled.ts';
import type { Asset, AssetMap, RenderContext } from './context.ts';
import { el, SVG_NS } from './dom.ts';
import { renderText } from './inline.ts';
import { CLASS } from './markup.ts';
import { readSvg, type PreparedSvg } from './svg-markup.ts';
import { PAGE_ID } from '../model/page-ids.ts';

/** Each SVG file read once (figures are shared by every page and every slide that shows them). */
const prepared = new WeakMap<Asset, PreparedSvg>();

function preparedSvg(asset: Extract<Asset, { kind: 'svg' }>, name: string): PreparedSvg {
  let svg = prepared.get(asset);
  if (!svg) {
    const read = readSvg(asset.markup);
    if (!read.ok) throw new Error(`slides/figures/${name} is not a well-formed SVG file (line ${read.fault.line}, column ${read.fault.column}: ${read.fault.message}).`);
    svg = read.svg;
    prepared.set(asset, svg);
  }
  return svg;
}

/** Where a figure's drawing goes in the serialised page (inlineFigures puts it there). */
const placeholder = (name: string): string => `deck-figure:${name}`;
const PLACEHOLDER = /<!--deck-figure:([a-z0-9][a-z0-9-]*\.svg)-->/g;

/**
 * An inline SVG as one image, heard once: its own attributes (svg-markup.ts kept the safe ones),
 * named by the figure's alt text through its <title> (with no aria-labelledby, or Chromium also
 * takes the <title> as its description and reads the alt text twice). Its drawing, every part
 * hidden from the accessibility tree, is put in place when the page is serialised
 * (inlineFigures): building it node by node under jsdom is what made big figures slow.
 */
function svgImage(asset: Extract<Asset, { kind: 'svg' }>, name: string, alt: string, doc: Document): Element {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [attr, value] of preparedSvg(asset, name).attributes) {
    if (attr === 'xmlns' || attr.startsWith('xmlns:')) svg.setAttributeNS('http://www.w3.org/2000/xmlns/', attr, value);
    else svg.setAttribute(attr, value);
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = alt;
  svg.append(title, doc.createComment(placeholder(name)));
  return svg;
}

/** Serialised HTML with each figure's drawing in place of its placeholder (see svgImage). */
export function inlineFigures(html: string, assets: AssetMap): string {
  return html.replace(PLACEHOLDER, (whole, name: string) => {
    const asset = assets.get(name);
    return asset?.kind === 'svg' ? preparedSvg(asset, name).inner : whole;
  });
}

/**
 * How wide a drawing is, counted in its smallest label's font size (svg-markup.ts reads it in its
 * one pass): drawn w CSS px wide, its smallest label is w ÷ that many px tall, so the reading view
 * shows a drawing only where the column is that many times its smallest text size (read.css).
 */
export function widthInLabels(markup: string): number | undefined {
  const read = readSvg(markup);
  return read.ok ? read.svg.widthInLabels : undefined;
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
    art = svgImage(asset, block.src, block.alt, doc);
    labels = preparedSvg(asset, block.src).widthInLabels;
  } else {
    art = el(doc, 'img', { src: asset.url, alt: block.alt, decoding: 'sync' });
  }
  return captionedFigure(
    doc,
    { class: CLASS.figure, 'data-src': block.src },
    PAGE_ID.figureCaption(ctx.slideId, index),
    [el(doc, 'div', { class: CLASS.figureArt, style: labels === undefined ? undefined : `${WIDTH_IN_LABELS}: ${labels}` }, [art])],
    renderText(block.caption, ctx),
  );
}
