// Filling the take-home pages' templates with a compiled edition: read.html (the reading view)
// and handout.html (the patient handout, printed by `npm run pdf -- --handout`), as page.ts does
// for the slides: elements found with an HTML parser and changed in place, the description as a
// Vite tag descriptor; the rendered article goes into the template's empty <main>.

import type { CompiledDeck } from '../model/compiled.ts';
import type { HtmlTagDescriptor } from 'vite';
import { elements, setAttributes, setContent } from './html-edit.ts';
import { sameOriginStyles } from './page.ts';
import { escapeHtml } from './render-html.ts';

/** The templates' content box (<main class="read-main">, "handout-main" or "review-main"), filled with the rendered article. */
const MAIN = 'main.read-main, main.handout-main, main.review-main';

interface TakeHomePage {
  readonly deck: CompiledDeck;
  /** The page's <title>. */
  readonly title: string;
  /** The rendered <article> (or an error screen in the dev server). */
  readonly article: string;
}

/** The template filled: language and title in place, the article in <main>, the description as a tag. */
export function fillTakeHomePage(template: string, page: TakeHomePage, file: string): { html: string; tags: HtmlTagDescriptor[] } {
  const [main] = elements(template, MAIN);
  if (!main || main.innerHTML !== '') throw new Error(`${file} has no empty <main class="read-main"></main> (or handout-main) for the article.`);
  let html = setAttributes(template, 'html', { lang: page.deck.meta.lang });
  html = setContent(html, 'title', escapeHtml(page.title));
  html = sameOriginStyles(setContent(html, MAIN, page.article));
  return { html, tags: [{ tag: 'meta', attrs: { name: 'description', content: page.deck.meta.description }, injectTo: 'head' }] };
}

/** Another edition's page from a filled one: other title and article, same styles. */
export function otherEditionPage(filled: string, page: TakeHomePage): string {
  return setContent(setContent(filled, 'title', escapeHtml(page.title)), MAIN, page.article);
}

/** The reading view's title: the deck's, named as the page it is. */
export const readPageTitle = (deck: CompiledDeck): string => `${deck.meta.title} (the whole talk on one page)`;
