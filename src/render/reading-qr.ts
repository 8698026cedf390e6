// The QR code to the published reading view, drawn as an inline SVG at build time (the renderers
// run in Node on jsdom; nothing draws it in the browser). Built with DOM calls from qr.ts's
// drawing, so no markup is ever parsed. On a slide: the code with, beside it, the sentence saying
// what it opens and the address as text (a link too). The handout composes its own row
// (handout-page.ts) from renderQrCode.

import type { CompiledQr } from '../model/compiled.ts';
import { el, svgEl } from './dom.ts';
import { qrDrawing, qrSvgParts, type QrOptions } from './qr.ts';

/** Class names of the code and its caption (src/theme/theme.css and handout.css, the tests). */
export const QR_CLASS = {
  figure: 'reading-qr',
  code: 'reading-qr-code',
  caption: 'reading-qr-caption',
  address: 'reading-qr-address',
  /** On a slide's body: the blocks after the first, beside the code. */
  row: 'reading-qr-row',
  text: 'reading-qr-text',
} as const;

/** CSS px per module in the SVG's own width and height (the stylesheets size it). */
const MODULE_PX = 5;

/** The code alone: <svg role="img"> named by its <title> (the alt text of the tagged PDF). */
export function renderQrCode(qr: CompiledQr, doc: Document, correction: QrOptions['correction']): SVGElement {
  const drawing = qrDrawing(qr.url, correction);
  const parts = qrSvgParts(drawing, drawing.side * MODULE_PX);
  const { xmlns: _ns, ...svgAttrs } = parts.svg;
  return svgEl(doc, 'svg', { ...svgAttrs, class: QR_CLASS.code, 'data-correction': correction }, [
    svgEl(doc, 'title', {}, [qr.label]),
    svgEl(doc, 'rect', parts.rect),
    svgEl(doc, 'path', parts.path),
  ]);
}

/** On a slide (error correction M): the code, then what it opens and the address, as text. */
export function renderQrFigure(qr: CompiledQr, doc: Document): HTMLElement {
  return el(doc, 'figure', { class: QR_CLASS.figure }, [
    renderQrCode(qr, doc, 'M'),
    el(doc, 'figcaption', {}, [el(doc, 'span', { class: QR_CLASS.caption }, [qr.caption]), ' ', el(doc, 'a', { class: QR_CLASS.address, href: qr.url }, [qr.address])]),
  ]);
}
