// Vite plugin: validates the deck when a build starts (a bad slide fails `npm run build` with
// the same message the browser would show) and writes the deck's title, description and
// language into index.html, so the page is titled before any script runs.

import { runnerImport, type Plugin } from 'vite';
import type { AnyDeck } from '../model/types.ts';
import { validateDeck } from '../model/validate.ts';
import { figureNames } from '../node/figures.ts';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function loadDeck(id: string): Promise<AnyDeck> {
  const { module } = await runnerImport<{ default: AnyDeck }>(id);
  return module.default;
}

/** `deckModule`: the module whose default export is the deck (tests point it at fixtures). */
export function deckHtml(options: { deckModule?: string } = {}): Plugin {
  const id = options.deckModule ?? '/slides/index.ts';
  let deck: AnyDeck | undefined;
  return {
    name: 'deck-html',
    async buildStart() {
      deck = await loadDeck(id);
      validateDeck(deck, { assets: figureNames() });
    },
    async transformIndexHtml(html) {
      const meta = (deck ?? (await loadDeck(id))).meta;
      return html
        .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(meta.lang)}"`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>\n    <meta name="description" content="${escapeHtml(meta.description)}" />`);
    },
  };
}
