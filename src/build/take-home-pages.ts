// Filling the take-home pages' templates with a compiled edition: read.html (the reading view)
// and handout.html (the patient handout, printed by `npm run pdf -- --handout`). Pure string
// work on the template Vite has already processed, like page.ts does for the slides: the
// rendered article goes into the template's empty <main>, nothing in it is parsed again.

import type { CompiledDeck } from '../model/compiled.ts';
import { escapeHtml } from './render-html.ts';

/** The templates' empty content box, filled with the rendered article. */
const MAIN_RE = /<main class="(read|handout)-main"><\/main>/;

interface TakeHomePage {
  readonly deck: CompiledDeck;
  /** The page's <title>. */
  readonly title: string;
  /** The rendered <article> (or an error screen in the dev server). */
  readonly article: string;
}

export function fillTakeHomePage(template: string, page: TakeHomePage, file: string): string {
  const match = MAIN_RE.exec(template);
  if (!match) throw new Error(`${file} has no empty <main class="read-main"></main> (or handout-main) for the article.`);
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(page.deck.meta.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>\n    <meta name="description" content="${escapeHtml(page.deck.meta.description)}" />`)
    .replace(MAIN_RE, () => `<main class="${match[1]}-main">${page.article}</main>`)
    // Same-origin styles need no CORS request; without one they also load from file://.
    .replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
}

/** Another edition's page from a filled one: other title and article, same styles. */
export function otherEditionPage(filled: string, page: TakeHomePage): string {
  return filled
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/(<main class="(?:read|handout)-main">)[\s\S]*(<\/main>)/, (_, open: string, close: string) => `${open}${page.article}${close}`);
}

/** The reading view's title: the deck's, named as the page it is. */
export const readPageTitle = (deck: CompiledDeck): string => `${deck.meta.title} (the whole talk on one page)`;
