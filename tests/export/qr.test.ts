// src/render/qr.ts: the SVG it returns is drawn by Chromium (as a browser would show it), read
// back as pixels and decoded with jsQR, which must give back exactly the address encoded. Also:
// the quiet zone, the accessible name, valid SVG, determinism and the addresses it refuses.

import { DOMParser } from '@xmldom/xmldom';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_ZONE, QrAddressError, qrSvg } from '../../src/render/qr.ts';
import { imagePixels, type Pixels } from '../support/qr-decode.ts';
import { sharedBrowser } from '../support/shared.ts';

const URLS = [
  'https://example.org/tmem/read.html',
  'https://riverside-cancer-center.example.org/patient-education/breast/tmem-study/read.html',
  'https://a.example/R?id=42&lang=es',
];
const LABEL = 'QR code: link to this talk as one page';

// The run's Chromium (tests/setup/shared-run.ts), in a context of this file's own.
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await (await sharedBrowser()).newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});


/** The SVG drawn by Chromium at its own width and height, as RGBA pixels. */
const draw = (svg: string): Promise<Pixels> => imagePixels(page, `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);

const dark = (p: Pixels, x: number, y: number): boolean => p.data[(y * p.width + x) * 4]! < 128;

describe('qrSvg', () => {
  for (const correction of ['M', 'Q'] as const) {
    for (const url of URLS) {
      it(`decodes to exactly the address (${correction}, ${url.length} characters)`, async () => {
        const { svg, modules } = qrSvg(url, { correction, label: LABEL, moduleSize: 4 });
        const pixels = await draw(svg);
        expect(pixels.width).toBe((modules + 2 * QUIET_ZONE) * 4);
        const decoded = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
        expect(decoded?.data).toBe(url);
      });
    }
  }

  it('keeps a quiet zone of exactly 4 white modules on every side', async () => {
    const size = 6;
    const { svg, modules } = qrSvg(URLS[0]!, { correction: 'M', label: LABEL, moduleSize: size });
    const p = await draw(svg);
    const zone = QUIET_ZONE * size;
    const side = (modules + 2 * QUIET_ZONE) * size;
    expect([p.width, p.height]).toEqual([side, side]);
    for (let i = 0; i < side; i++) {
      for (let d = 0; d < zone; d++) {
        // Top, bottom, left and right bands: all white.
        for (const [x, y] of [[i, d], [i, side - 1 - d], [d, i], [side - 1 - d, i]] as const) {
          if (dark(p, x, y)) throw new Error(`dark pixel in the quiet zone at ${x},${y}`);
        }
      }
    }
    // The finder patterns start right at the quiet zone's inner edge (top left, top right, bottom left).
    expect(dark(p, zone + 1, zone + 1)).toBe(true);
    expect(dark(p, side - zone - 2, zone + 1)).toBe(true);
    expect(dark(p, zone + 1, side - zone - 2)).toBe(true);
  });

  it('is one image named by its <title>, valid SVG with no ids and no <desc> or <description>', () => {
    const { svg } = qrSvg(URLS[0]!, { correction: 'Q', label: 'QR code: R&D <page>' });
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    const first = root.firstChild;
    expect(first?.nodeName).toBe('title');
    expect(first?.textContent).toBe('QR code: R&D <page>');
    for (const name of ['desc', 'description', 'image', 'use']) expect(root.getElementsByTagName(name).length).toBe(0);
    expect(svg).not.toMatch(/\sid="/);
  });

  it('is deterministic, and Q is a different (no smaller) code than M', () => {
    const a = qrSvg(URLS[1]!, { correction: 'M', label: LABEL });
    expect(qrSvg(URLS[1]!, { correction: 'M', label: LABEL })).toEqual(a);
    const q = qrSvg(URLS[1]!, { correction: 'Q', label: LABEL });
    expect(q.svg).not.toBe(a.svg);
    expect(q.modules).toBeGreaterThanOrEqual(a.modules);
    // The brief's measured sizes: 34 characters → version 3 (29 modules) at M, version 4 (33) at Q.
    expect(qrSvg(URLS[0]!, { correction: 'M', label: LABEL }).modules).toBe(29);
    expect(qrSvg(URLS[0]!, { correction: 'Q', label: LABEL }).modules).toBe(33);
  });

  it('refuses anything but a bare https:// address, saying what to pass', () => {
    const refused = (url: string) => () => qrSvg(url, { correction: 'M', label: LABEL });
    expect(refused('http://example.org/tmem/read.html')).toThrow(/does not start with https:\/\//);
    expect(refused('read.html')).toThrow(/is not a full web address/);
    expect(refused('javascript:alert(1)')).toThrow(/does not start with https:\/\//);
    expect(refused('https://example.org/tmem/read.html#summary')).toThrow(/has a #fragment\. Pass the bare reading-view address/);
    expect(refused('https://example.org/tmem/read.html#')).toThrow(QrAddressError);
    expect(refused(' https://example.org/tmem/read.html')).toThrow(/contains a space or a line break/);
    expect(refused('https://example.org/a b')).toThrow(/contains a space/);
    expect(refused('')).toThrow(/is not a full web address/);
    expect(() => qrSvg(URLS[0]!, { correction: 'M', label: '  ' })).toThrow(/needs a label/);
  });
});
