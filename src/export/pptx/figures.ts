// The deck's figures as PNG pictures for the PowerPoint file, drawn by our Chromium.
//
// Why PNG and why here: pptxgenjs can embed an SVG, but in Node its "PNG fallback" part holds the
// SVG bytes (its rasteriser needs a browser canvas), and what PowerPoint makes of that is
// unverified. So each SVG is drawn in Debian's Chromium, inlined in a page that loads the deck's
// own font files (the SVGs' text is set in the deck's font and ink colour by the theme, exactly as
// on the slides), at twice the largest size it could take on a slide. Kept apart from the writer,
// which stays pure: it takes the PNG bytes this returns.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { CompiledDeck } from '../../model/compiled.ts';
import { SLIDE_SIZE } from '../../model/slide-size.ts';
import { launchChromium } from '../../browser/chromium.ts';
import { FigureRenderError } from './errors.ts';
import type { FigureImage, FigureImages } from './writer.ts';

/** Device pixels per CSS pixel: the picture has twice the pixels of its largest size on a slide. */
export const FIGURE_SCALE = 2;

/** The font files the slides load (src/present/main.ts), so the figures' words look the same. */
const FONT_FACES = ['latin-400.css', 'latin-400-italic.css', 'latin-700.css'];
const FONT_FAMILY = 'Atkinson Hyperlegible Next';

const require = createRequire(import.meta.url);
const TOKENS = resolve(import.meta.dirname, '../../theme/tokens.css');

/** @fontsource's @font-face rules with the woff2 files inlined (no request leaves the page). */
function fontFaceCss(): string {
  const dir = dirname(require.resolve('@fontsource/atkinson-hyperlegible-next/package.json'));
  return FONT_FACES.map((name) =>
    readFileSync(join(dir, name), 'utf8').replace(/src:[^;]+;/, (src) => {
      const woff2 = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(src)?.[1];
      if (!woff2) throw new FigureRenderError(`@fontsource/atkinson-hyperlegible-next/${name} names no woff2 file: run npm ci.`);
      return `src: url(data:font/woff2;base64,${readFileSync(join(dir, woff2)).toString('base64')}) format('woff2');`;
    }),
  ).join('\n');
}

/** The font stack and ink colour the theme draws SVG text with (src/theme/tokens.css). */
function themeText(): { font: string; ink: string } {
  const css = readFileSync(TOKENS, 'utf8');
  const value = (name: string) => {
    const found = new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();
    if (!found) throw new FigureRenderError(`src/theme/tokens.css has no ${name}: the figures cannot be drawn in the deck's style.`);
    return found;
  };
  return { font: value('--font'), ink: value('--ink') };
}

/** The SVG's own size (its viewBox, else width/height), in user units. */
function svgSize(name: string, markup: string): { width: number; height: number } {
  const box = /<svg\b[^>]*\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(markup);
  const width = Number(box?.[1] ?? /<svg\b[^>]*\bwidth="([\d.]+)/.exec(markup)?.[1]);
  const height = Number(box?.[2] ?? /<svg\b[^>]*\bheight="([\d.]+)/.exec(markup)?.[1]);
  if (!(width > 0 && height > 0)) throw new FigureRenderError(`slides/figures/${name} has no viewBox or width and height: give its <svg> a viewBox so it can be drawn at any size.`);
  return { width, height };
}

/** The figures a compiled deck shows, in order of first use. */
export function figuresUsed(compiled: CompiledDeck): string[] {
  return [...new Set(compiled.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' ? [b.src] : []))))];
}

export interface RenderFiguresOptions {
  readonly signal?: AbortSignal;
  /** Device pixels per CSS pixel (default FIGURE_SCALE). */
  readonly scale?: number;
  /** A Chromium to draw with (closed after, like one launched here): the kit connects each export to one it started once. */
  readonly browser?: () => Promise<Browser>;
}

/**
 * Draws each named SVG (`markup`: file name → its text, as loadDeck returns `figures`) to PNG. The
 * drawing is as large as the slide canvas allows (1280 × 720), times `scale`.
 */
export async function renderFigures(names: readonly string[], markup: ReadonlyMap<string, string>, options: RenderFiguresOptions = {}): Promise<FigureImages> {
  const images = new Map<string, FigureImage>();
  if (names.length === 0) return images;
  for (const name of names) {
    if (!name.endsWith('.svg')) throw new FigureRenderError(`slides/figures/${name}: only SVG figures can be put in the PowerPoint file so far. Draw it as SVG.`);
    if (!markup.get(name)) throw new FigureRenderError(`slides/figures/${name} is missing or empty: the PowerPoint file needs the drawing.`);
  }
  const scale = options.scale ?? FIGURE_SCALE;
  const { font, ink } = themeText();
  const fonts = fontFaceCss();
  let browser: Browser | undefined;
  const close = () => void browser?.close().catch(() => undefined);
  options.signal?.addEventListener('abort', close, { once: true });
  try {
    // Ctrl-C is the command's to handle (runCommand), not playwright's.
    browser = await (options.browser ? options.browser() : launchChromium({ handleSIGINT: false, handleSIGTERM: false }));
    const context = await browser.newContext({ deviceScaleFactor: scale, viewport: SLIDE_SIZE, javaScriptEnabled: false });
    // Nothing may be fetched: the fonts are inlined and the figures draw nothing from outside.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    for (const name of names) {
      options.signal?.throwIfAborted();
      const svg = markup.get(name)!;
      const size = svgSize(name, svg);
      const fit = Math.min(SLIDE_SIZE.width / size.width, SLIDE_SIZE.height / size.height);
      const width = Math.round(size.width * fit);
      const height = Math.round(size.height * fit);
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><style>${fonts}
        html, body { margin: 0; background: #ffffff; }
        #art > svg { display: block; width: ${width}px; height: ${height}px; }
        svg text { font-family: ${font}; fill: ${ink}; }
        </style></head><body><div id="art">${svg}</div></body></html>`,
        { waitUntil: 'load' },
      );
      // Every face loaded (not merely declared), or the words would be drawn in a fallback font.
      const loaded = await page.evaluate(async ({ family, faces }) => {
        const ours = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family);
        await Promise.all(ours.map((f) => f.load().catch(() => undefined)));
        return ours.length === faces && ours.every((f) => f.status === 'loaded');
      }, { family: FONT_FAMILY, faces: FONT_FACES.length });
      if (!loaded) throw new FigureRenderError(`The deck's font (${FONT_FAMILY}) did not load to draw slides/figures/${name}: run npm ci.`);
      const png = await page.locator('#art > svg').screenshot({ type: 'png', animations: 'disabled' });
      images.set(name, { png: new Uint8Array(png), width: width * scale, height: height * scale });
    }
    return images;
  } finally {
    options.signal?.removeEventListener('abort', close);
    await browser?.close().catch(() => undefined);
  }
}
