// The Vite configuration of the deck, as a function, so `vite.config.ts` (npm run dev/preview),
// the build from Node (src/build/run-build.ts) and tests building fixture decks use the same one.

import type { InlineConfig, PluginOption } from 'vite';
import { contentSecurityPolicy } from './csp.ts';
import { deckPlugin, type DeckPluginOptions } from './deck-plugin.ts';
import { preloadFirstPaintFonts } from './font-preload.ts';

export function deckViteConfig(options: DeckPluginOptions = {}, extraPlugins: readonly PluginOption[] = []): InlineConfig {
  return {
    // Relative URLs: the built deck works from any folder, a USB stick or a sub-path.
    base: './',
    // The deck plugin compiles the slides into the pages and writes deck.json; the CSP meta tag
    // is added to the build only, and a folder build gets dist/nginx.conf (see csp.ts). A folder
    // build preloads the fonts of the first paint (the single file inlines them).
    plugins: [...extraPlugins, deckPlugin(options), ...(options.singleFile ? [] : [preloadFirstPaintFonts()]), contentSecurityPolicy({ staticHostConfig: !options.singleFile && !options.inSite })],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // Fonts stay separate files (cached, and only the weights in use are loaded).
      assetsInlineLimit: 0,
      // No modulepreload polyfill: every browser the deck supports has modulepreload, and the
      // polyfill cost the slides' first script its place under the 55 KB budget (src/bench/bundle.ts).
      modulePreload: { polyfill: false },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
}
