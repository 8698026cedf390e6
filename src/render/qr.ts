// A QR code to the reading view, as SVG markup. Pure and browser-safe: no DOM, no Node APIs, so
// the slides, the handout and the PowerPoint file can all draw the same code from one function.
//
// The encoding is lean-qr's (MIT, no dependencies); only the SVG wrapper is ours, because
// lean-qr's toSvgSource has no accessible name and no way to add one. Rules
// (from ISO/IEC 18004 and scanning tests):
//  - a quiet zone of 4 modules of white on every side (ISO/IEC 18004's minimum);
//  - dark on white, no logo, no inversion;
//  - one accessible name, through <title> (role="img"; no id is needed, so two codes on one page
//    cannot collide), and no <desc>/<description>;
//  - only a bare https:// address: anything else is refused, never "fixed" quietly, so the code
//    always says exactly what the page prints next to it;
//  - deterministic: the same arguments give the same markup.

import { correction as LEVEL, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** White modules around the code on each side. */
export const QUIET_ZONE = 4;

export interface QrOptions {
  /** Error correction: M (about 15 % of the code can be lost) on screen, Q (about 25 %) on paper. */
  readonly correction: 'M' | 'Q';
  /** Width and height of one module in the SVG's `width`/`height` (CSS px); default 4. */
  readonly moduleSize?: number;
  /** The accessible name, e.g. "QR code: link to this talk as one page, example.org/tmem". */
  readonly label: string;
}

export interface QrCode {
  readonly svg: string;
  /** Modules per side of the code itself (21 for version 1, 29 for version 3), without the quiet zone. */
  readonly modules: number;
}

export class QrAddressError extends Error {
  override name = 'QrAddressError';
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Throws QrAddressError unless `url` is a bare https:// address a phone can open as it is. */
export function assertQrAddress(url: string): void {
  const shown = JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url);
  // A space or control character is not part of any address: it would be encoded as it is.
  if (/[\s\u0000-\u001f\u007f]/.test(url)) throw new QrAddressError(`The QR code address ${shown} contains a space or a line break. Give the address exactly as a browser shows it.`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new QrAddressError(`The QR code address ${shown} is not a full web address. Give the full https:// address of the reading view, e.g. https://example.org/tmem/read.html.`);
  }
  if (parsed.protocol !== 'https:' || !/^https:\/\//i.test(url)) {
    throw new QrAddressError(`The QR code address ${shown} does not start with https://. Only an https:// address is encoded (set readingViewUrl in slides/local.ts to the published https:// address).`);
  }
  if (url.includes('#')) {
    throw new QrAddressError(`The QR code address ${shown} has a #fragment. Pass the bare reading-view address (without #…): the code stays smaller and opens the start of the page.`);
  }
}

/** What a QR code is drawn from: the module matrix as one SVG path, in modules from the code's corner. */
export interface QrDrawing {
  /** The SVG viewBox: the code with its quiet zone, starting QUIET_ZONE modules before the code. */
  readonly viewBox: string;
  /** Modules per side with the quiet zone. */
  readonly side: number;
  /** Modules per side of the code itself. */
  readonly modules: number;
  /** The dark modules, as an SVG path's `d`. */
  readonly path: string;
}

/** The code for `url` (checked by assertQrAddress) at the given error correction, as lean-qr makes it. */
export function qrCode(url: string, correction: QrOptions['correction']): ReturnType<typeof generate> {
  assertQrAddress(url);
  return generate(url, { minCorrectionLevel: LEVEL[correction] });
}

export function qrDrawing(url: string, correction: QrOptions['correction']): QrDrawing {
  const code = qrCode(url, correction);
  const side = code.size + 2 * QUIET_ZONE;
  return { viewBox: `${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`, side, modules: code.size, path: toSvgPath(code) };
}

/**
 * The SVG element's parts, for a renderer that builds it with DOM calls (src/render/reading-qr.ts)
 * and for qrSvg's markup: one definition of what the code looks like.
 */
export function qrSvgParts(drawing: QrDrawing, px: number): { readonly svg: Readonly<Record<string, string>>; readonly rect: Readonly<Record<string, string>>; readonly path: Readonly<Record<string, string>> } {
  const q = String(-QUIET_ZONE);
  return {
    svg: { xmlns: 'http://www.w3.org/2000/svg', role: 'img', viewBox: drawing.viewBox, width: String(px), height: String(px), 'shape-rendering': 'crispEdges' },
    rect: { x: q, y: q, width: String(drawing.side), height: String(drawing.side), fill: '#ffffff' },
    path: { fill: '#000000', d: drawing.path },
  };
}

const attrs = (a: Readonly<Record<string, string>>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

export function qrSvg(url: string, options: QrOptions): QrCode {
  assertQrAddress(url);
  const label = options.label.trim();
  if (label === '') throw new QrAddressError('A QR code needs a label (its accessible name), e.g. "QR code: link to this talk as one page".');
  const moduleSize = options.moduleSize ?? 4;
  if (!(moduleSize > 0) || !Number.isFinite(moduleSize)) throw new QrAddressError(`moduleSize must be a positive number, not ${moduleSize}.`);

  const drawing = qrDrawing(url, options.correction);
  const parts = qrSvgParts(drawing, Number((drawing.side * moduleSize).toFixed(3)));
  // The path's coordinates are in modules from the code's top-left corner; the viewBox starts
  // QUIET_ZONE modules before it, and the white rectangle covers the quiet zone too.
  const svg = `<svg${attrs(parts.svg)}><title>${escapeXml(label)}</title><rect${attrs(parts.rect)}/><path${attrs(parts.path)}/></svg>`;
  return { svg, modules: drawing.modules };
}
