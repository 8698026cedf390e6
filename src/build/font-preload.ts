// The fonts the first paint uses, fetched with the page instead of after its stylesheet (issue 21,
// issue 22's layout shift). Without a preload the browser finds a face only once the CSS has
// arrived and a text node asks for it, so the first paint used the fallback font and the text
// moved when Atkinson Hyperlegible Next swapped in (CLS 0.09–0.25 on read.html). Measured on the
// built pages: the title slide and the reading view's first screen, at 412 and 1280 px, use only
// the 400 and 700 upright faces; the italic face is loaded when a later line needs it.

import { basename } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { READ_PAGE } from '../model/reading-view.ts';

/** The woff2 files the first paint uses, as Vite names them (name-hash.woff2). */
export const FIRST_PAINT_FONTS = ['atkinson-hyperlegible-next-latin-400-normal', 'atkinson-hyperlegible-next-latin-700-normal'] as const;

/** The pages whose first paint is measured (the slides and the reading view); editions copy index.html. */
const PAGES = new Set(['index.html', READ_PAGE]);

/** `<link rel=preload as=font>` for FIRST_PAINT_FONTS on the slides and the reading view (folder build only). */
export function preloadFirstPaintFonts(): Plugin {
  let base = './';
  return {
    name: 'deck-font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !PAGES.has(basename(ctx.filename))) return;
        const files = Object.keys(ctx.bundle);
        const tags: HtmlTagDescriptor[] = [];
        for (const face of FIRST_PAINT_FONTS) {
          const file = files.find((f) => basename(f).startsWith(`${face}-`) && f.endsWith('.woff2'));
          if (!file) return this.error(`No ${face}*.woff2 in the bundle to preload for ${basename(ctx.filename)}: is @fontsource/atkinson-hyperlegible-next installed (npm ci) and still imported by the theme?`);
          // Fonts are always fetched in CORS mode: without `crossorigin` the preload is not reused.
          tags.push({ tag: 'link', attrs: { rel: 'preload', href: `${base}${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}
