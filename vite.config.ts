import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { deckHtml } from './src/build/deck-html-plugin.ts';

export default defineConfig({
  // Relative URLs: the built deck works from any folder, a USB stick or a sub-path.
  base: './',
  // The CSP meta tag is added to the build only (see src/build/csp.ts).
  plugins: [deckHtml(), contentSecurityPolicy()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Fonts stay separate files (cached, and only the weights in use are loaded).
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
