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

export function qrSvg(url: string, options: QrOptions): QrCode {
  assertQrAddress(url);
  const label = options.label.trim();
  if (label === '') throw new QrAddressError('A QR code needs a label (its accessible name), e.g. "QR code: link to this talk as one page".');
  const moduleSize = options.moduleSize ?? 4;
  if (!(moduleSize > 0) || !Number.isFinite(moduleSize)) throw new QrAddressError(`moduleSize must be a positive number, not ${moduleSize}.`);

  const code = generate(url, { minCorrectionLevel: LEVEL[options.correction] });
  const side = code.size + 2 * QUIET_ZONE;
  const px = Number((side * moduleSize).toFixed(3));
  // The path's coordinates are in modules from the code's top-left corner; the viewBox starts
  // QUIET_ZONE modules before it, and the white rectangle covers the quiet zone too.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}" width="${px}" height="${px}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${side}" height="${side}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${toSvgPath(code)}"/>` +
    '</svg>';
  return { svg, modules: code.size };
}
