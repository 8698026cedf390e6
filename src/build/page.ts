// Filling a page template (index.html) with one compiled edition: language, title, description,
// the rendered slides, the slide size, the no-script stylesheet and the "opened from a file"
// check. Pure string work on the template Vite has already processed, so nothing in the slides
// is ever re-parsed or rewritten by the bundler.

import type { CompiledDeck } from '../model/compiled.ts';
import { FULL_EDITION } from '../model/types.ts';
import { DATA } from '../render/markup.ts';
import { escapeHtml } from './render-html.ts';

/** The classic script that marks a page opened from file:// (see src/present/opened-from-file.js). */
export const FILE_CHECK_SCRIPT = 'opened-from-file.js';

/**
 * The slides' container: from `<div class="slides">` to the first `</div>` that closes it and
 * the reveal wrapper right before `</main>` (slides never contain a `</main>`).
 */
const SLIDES_RE = /<div class="slides">[\s\S]*?<\/div>(?=\s*<\/div>\s*<\/main>)/;

interface PageParts {
  readonly deck: CompiledDeck;
  /** The rendered `<section>`s (or an error screen). */
  readonly slides: string;
  /** CSS applied only when scripts are off. */
  readonly noScriptCss: string;
  /** Add the classic script that detects file:// (not in the single file, which works there). */
  readonly fileCheck: boolean;
}

/** CSS without comments and runs of white space (it goes inline, inside <noscript>). */
const compactCss = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();

function pageTitle(deck: CompiledDeck): string {
  return deck.edition === FULL_EDITION ? deck.meta.title : `${deck.meta.title} (${deck.edition} edition)`;
}

export function fillPage(template: string, parts: PageParts): string {
  const { deck } = parts;
  if (!SLIDES_RE.test(template)) throw new Error('index.html has no <div class="reveal"><div class="slides"></div></div> at the end of <main>.');
  let html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(deck.meta.lang)}" ${DATA.edition}="${escapeHtml(deck.edition)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(pageTitle(deck))}</title>\n    <meta name="description" content="${escapeHtml(deck.meta.description)}" />`)
    .replace(/<div class="reveal">/, `<div class="reveal" style="--slide-w: ${deck.size.width}px; --slide-h: ${deck.size.height}px">`)
    .replace(SLIDES_RE, () => `<div class="slides">${parts.slides}</div>`)
    .replace(/<\/head>/, () => `  <noscript><style>${compactCss(parts.noScriptCss)}</style></noscript>\n  </head>`)
    // Same-origin styles need no CORS request; without one they also load from file://, so the
    // "open it another way" notice is styled there.
    .replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
  if (parts.fileCheck) html = html.replace(/<\/body>/, `  <script src="./${FILE_CHECK_SCRIPT}"></script>\n  </body>`);
  return html;
}

/** Another edition's page from a filled one: same scripts and styles, other slides and title. */
export function editionPage(filled: string, from: CompiledDeck, to: CompiledDeck, slides: string): string {
  return filled
    .replace(`${DATA.edition}="${escapeHtml(from.edition)}"`, `${DATA.edition}="${escapeHtml(to.edition)}"`)
    .replace(`<title>${escapeHtml(pageTitle(from))}</title>`, `<title>${escapeHtml(pageTitle(to))}</title>`)
    .replace(SLIDES_RE, () => `<div class="slides">${slides}</div>`);
}
