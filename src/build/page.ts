// Filling a page template (index.html) with one compiled edition: language, title, description,
// the rendered slides, the slide size, the no-script stylesheet and the "opened from a file"
// check. Elements are found with an HTML parser and changed in place (html-edit.ts); what the
// page gains is handed to Vite as tag descriptors. Nothing in the slides is ever re-parsed or
// rewritten by the bundler.

import type { CompiledDeck } from '../model/compiled.ts';
import { singleFilePage } from '../model/manifest.ts';
import { FULL_EDITION } from '../model/types.ts';
import { DATA } from '../render/markup.ts';
import type { HtmlTagDescriptor } from 'vite';
import { editStartTags, elements, setAttributes, setContent, splice } from './html-edit.ts';
import { escapeHtml } from './render-html.ts';
import { UI, type LanguageLink } from '../model/ui/index.ts';
import type { ChromeRun } from '../model/ui/text.ts';
import { inLangFolder } from '../model/locales.ts';

/** The classic script that marks a page opened from file:// (see src/present/opened-from-file.js). */
export const FILE_CHECK_SCRIPT = 'opened-from-file.js';

export interface PageParts {
  readonly deck: CompiledDeck;
  /** The rendered `<section>`s (or an error screen). */
  readonly slides: string;
  /** CSS applied only when scripts are off. */
  readonly noScriptCss: string;
  /** Add the classic script that detects file:// (not in the single file, which works there). */
  readonly fileCheck: boolean;
  /** This page in the other languages built beside it (none in the single file: it has one language). */
  readonly languages: readonly LanguageLink[];
}

/** The phone banner and the corner link to the other languages (index.html's <p class="deck-languages">). */
const BANNER = 'nav.read-banner';
const LANGUAGES = 'main > p.deck-languages';
/** index.html's two notices: opened from file:// (src/present/opened-from-file.js shows it), and scripts off. */
const FILE_NOTICE = 'main > .file-warning';
const NO_SCRIPT = 'main > noscript';

/** The single file to open instead of this page, and the command that makes it (this edition, this language). */
function singleFileHint(deck: CompiledDeck): { file: string; command: string } {
  const options = [...(deck.edition === FULL_EDITION ? [] : [`--edition ${deck.edition}`]), ...(deck.lang === 'en' ? [] : [`--lang ${deck.lang}`])];
  return { file: inLangFolder(`out/${singleFilePage(deck.edition)}`, deck.lang), command: options.length > 0 ? `npm run build:single -- ${options.join(' ')}` : 'npm run build:single' };
}

/**
 * The notices in the page's language, from its UI catalog (text, escaped): the one <strong> names
 * the single file and the first <code> the command that makes it, for this edition and language.
 */
function noticesHtml(deck: CompiledDeck): { file: string; noScript: string } {
  const { chrome } = UI[deck.lang];
  const hint = singleFileHint(deck);
  let commandDone = false;
  const run = (r: ChromeRun): string => {
    if (typeof r === 'string') return escapeHtml(r);
    if ('strong' in r) return `<strong ${DATA.singleFile}>${escapeHtml(hint.file)}</strong>`;
    if (commandDone) return `<code>${escapeHtml(r.code)}</code>`;
    commandDone = true;
    return `<code ${DATA.singleCommand}>${escapeHtml(hint.command)}</code>`;
  };
  return {
    file: `\n        <p class="deck-notice-title">${escapeHtml(chrome.fileTitle)}</p>\n        <p>${escapeHtml(chrome.fileWhy)}</p>\n        <p>${chrome.fileWhat.map(run).join('')}</p>\n      `,
    noScript: `<noscript>\n        <div class="deck-notice no-script-note">\n          <p class="deck-notice-title">${escapeHtml(chrome.noScriptTitle)}</p>\n          <p>${escapeHtml(chrome.noScriptWhat)}</p>\n        </div>\n      </noscript>`,
  };
}

const languageLinkHtml = (link: LanguageLink, text: string): string =>
  `<a href="${escapeHtml(link.href)}" hreflang="${escapeHtml(link.tag)}" lang="${escapeHtml(link.tag)}"${text === link.label ? '' : ` aria-label="${escapeHtml(link.label)}"`}>${escapeHtml(text)}</a>`;

/**
 * The page's frame in its own language: the phone banner's words and landmark name, and the
 * links to the same page in the other languages (in the banner on a phone, in the corner
 * outside the slide otherwise: theme.css), each written in the language it leads to.
 */
function withFrame(html: string, deck: CompiledDeck, languages: readonly LanguageLink[]): string {
  const ui = UI[deck.lang];
  let out = html;
  if (elements(out, BANNER).length > 0) {
    const reading = elements(out, `${BANNER} a`)[0]?.getAttribute('href') ?? 'read.html';
    out = setAttributes(out, BANNER, { 'aria-label': ui.reading.bannerLabel });
    out = setContent(out, BANNER, `\n      <a href="${escapeHtml(reading)}">${escapeHtml(ui.reading.banner)}</a>${languages.map((l) => ` · ${languageLinkHtml(l, l.name)}`).join('')}\n    `);
  }
  const notices = noticesHtml(deck);
  if (elements(out, FILE_NOTICE).length > 0) out = setContent(out, FILE_NOTICE, notices.file);
  const [noScript] = elements(out, NO_SCRIPT);
  if (noScript) out = splice(out, [[noScript.range[0], noScript.range[1], notices.noScript]]);
  const [corner] = elements(out, LANGUAGES);
  if (corner) {
    const p = languages.length > 0 ? `<p class="deck-languages">${languages.map((l) => languageLinkHtml(l, l.name)).join(' ')}</p>` : '<p class="deck-languages" hidden></p>';
    out = splice(out, [[corner.range[0], corner.range[1], p]]);
  }
  return out;
}

/** The slides' container: the reveal wrapper's `<div class="slides">`, at the end of <main>. */
const SLIDES = 'main .reveal > .slides';
const MISSING_SLIDES = 'index.html has no <div class="reveal"><div class="slides"></div></div> at the end of <main>.';

/** CSS without comments and runs of white space (it goes inline, inside <noscript>). */
const compactCss = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();

function pageTitle(deck: CompiledDeck): string {
  return deck.edition === FULL_EDITION ? deck.meta.title : UI[deck.lang].editionTitle(deck.meta.title, deck.edition);
}

/** Same-origin styles need no CORS request; without one they also load from file://, so the "open it another way" notice is styled there. */
export const sameOriginStyles = (html: string): string => editStartTags(html, 'link[rel="stylesheet"][crossorigin]', (tag) => tag.replace(/\s+crossorigin(?=[\s>/])/, ''));

/**
 * The template filled with one edition: the page's language, edition, title and slide size set
 * in place, the slides in their container; what the page gains (its description, the no-script
 * stylesheet, the file:// check) as Vite tag descriptors.
 */
export function fillPage(template: string, parts: PageParts): { html: string; tags: HtmlTagDescriptor[] } {
  const { deck } = parts;
  if (elements(template, SLIDES).length === 0) throw new Error(MISSING_SLIDES);
  let html = setAttributes(withFrame(template, deck, parts.languages), 'html', { lang: deck.meta.lang, [DATA.edition]: deck.edition });
  html = setContent(html, 'title', escapeHtml(pageTitle(deck)));
  html = setAttributes(html, '.reveal', { style: `--slide-w: ${deck.size.width}px; --slide-h: ${deck.size.height}px` });
  html = sameOriginStyles(setContent(html, SLIDES, parts.slides));
  const tags: HtmlTagDescriptor[] = [
    { tag: 'meta', attrs: { name: 'description', content: deck.meta.description }, injectTo: 'head' },
    // As one string: Vite would indent a child tag, and <noscript><style> is kept together.
    { tag: 'noscript', children: `<style>${compactCss(parts.noScriptCss)}</style>`, injectTo: 'head' },
  ];
  if (parts.fileCheck) tags.push({ tag: 'script', attrs: { src: `./${FILE_CHECK_SCRIPT}` }, injectTo: 'body' });
  return { html, tags };
}

/** Another edition's page from a filled one: same scripts and styles, other slides and title, its own links to the other languages. */
export function editionPage(filled: string, to: CompiledDeck, slides: string, languages: readonly LanguageLink[] = []): string {
  // The frame names this edition's own single file in the file:// notice (opened from a USB stick), not the full deck's.
  const html = setAttributes(withFrame(filled, to, languages), 'html', { [DATA.edition]: to.edition });
  return setContent(setContent(html, 'title', escapeHtml(pageTitle(to))), SLIDES, slides);
}
