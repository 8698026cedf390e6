// Reading a QR code back from pixels, as a phone would: a screenshot decoded in Chromium's own
// canvas (the PNG never needs a decoder here), or a PDF page drawn by poppler's pdftoppm, then
// jsQR. Also where the code sits and how big it is, from jsQR's corner points.

import { execFileSync } from 'node:child_process';
import jsQR, { type QRCode } from 'jsqr';
import type { Page } from 'playwright-core';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel. */
  readonly data: Uint8ClampedArray;
}

/** An image (a data: URL) drawn by the browser behind `page` at its own size, as RGBA pixels. */
export async function imagePixels(page: Page, dataUrl: string): Promise<Pixels> {
  const drawn = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    // Base64 crosses the page boundary far faster than an array of numbers.
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width, height, base64: btoa(binary) };
  }, dataUrl);
  return { width: drawn.width, height: drawn.height, data: new Uint8ClampedArray(Buffer.from(drawn.base64, 'base64')) };
}

/** A PNG (e.g. a screenshot) as RGBA pixels, decoded by the browser behind `page`. */
export const pngPixels = (page: Page, png: Uint8Array): Promise<Pixels> => imagePixels(page, `data:image/png;base64,${Buffer.from(png).toString('base64')}`);

/**
 * One PDF page as RGBA pixels at `dpi`, drawn by pdftoppm. Its default output is binary PPM
 * (P6): a three-number header and RGB bytes, read here in a few lines rather than through a PNG
 * decoder dependency.
 */
export function pdfPagePixels(pdf: string, page: number, dpi: number): Pixels {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 256 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header || header[3] !== '255') throw new Error(`pdftoppm did not write an 8-bit PPM for page ${page} of ${pdf}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = ppm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    data[i * 4] = rgb[j]!;
    data[i * 4 + 1] = rgb[j + 1]!;
    data[i * 4 + 2] = rgb[j + 2]!;
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

export const decodeQr = (p: Pixels): QRCode | null => jsQR(p.data, p.width, p.height, { inversionAttempts: 'dontInvert' });

/** Modules per side of a QR code of this version (ISO/IEC 18004: 17 + 4 × version). */
export const modulesOf = (version: number): number => 17 + 4 * version;

/** The code's width in pixels (finder-pattern corner to corner, the code without its quiet zone). */
export function codeWidthPx(code: QRCode): number {
  const { topLeftCorner: a, topRightCorner: b } = code.location;
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Whether every pixel of the band `zone` px wide around the code's box is light. */
export function quietAround(p: Pixels, code: QRCode, zone: number): boolean {
  const xs = [code.location.topLeftCorner.x, code.location.topRightCorner.x, code.location.bottomLeftCorner.x, code.location.bottomRightCorner.x];
  const ys = [code.location.topLeftCorner.y, code.location.topRightCorner.y, code.location.bottomLeftCorner.y, code.location.bottomRightCorner.y];
  // A pixel of margin inside the band: anti-aliased edges of the outermost modules.
  const [x0, x1, y0, y1] = [Math.min(...xs) - 1, Math.max(...xs) + 1, Math.min(...ys) - 1, Math.max(...ys) + 1];
  for (let y = Math.floor(y0 - zone); y <= Math.ceil(y1 + zone); y++) {
    for (let x = Math.floor(x0 - zone); x <= Math.ceil(x1 + zone); x++) {
      if (x >= x0 && x <= x1 && y >= y0 && y <= y1) continue;
      if (x < 0 || y < 0 || x >= p.width || y >= p.height) return false;
      const i = (y * p.width + x) * 4;
      if (p.data[i]! < 200 || p.data[i + 1]! < 200 || p.data[i + 2]! < 200) return false;
    }
  }
  return true;
}
