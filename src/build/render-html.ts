// Rendering at build time: the pure renderer (src/render) run in Node on a jsdom document, its
// result serialised into the page. The browser then only starts reveal.js on markup that is
// already there.

import { JSDOM } from 'jsdom';
import type { CompiledDeck } from '../model/compiled.ts';
import { formatProblem, type DeckProblem } from '../model/errors.ts';
import type { AssetMap } from '../render/context.ts';
import { el } from '../render/dom.ts';
import { CLASS } from '../render/markup.ts';
import { inlineFigures } from '../render/figure.ts';
import { renderDeck } from '../render/render-deck.ts';
import { renderReadingView, type ReadingViewOptions } from '../render/reading-view.ts';
import { renderHandout } from '../render/handout-page.ts';
import type { CompiledHandout } from '../model/handout-compile.ts';
import type { ReviewSheet } from '../model/review-sheet.ts';
import { renderReviewPage } from '../render/review-page.ts';

let shared: JSDOM | undefined;
/** One jsdom window for every render (creating one costs far more than rendering a deck). */
const document = (): Document => (shared ??= new JSDOM('<!doctype html><html><body></body></html>')).window.document;

/** The `<section>`s of a compiled deck, as HTML for `<div class="slides">`. */
export function slidesHtml(deck: CompiledDeck, assets: AssetMap): string {
  const doc = document();
  const host = doc.createElement('div');
  host.appendChild(renderDeck(deck, doc, assets));
  return inlineFigures(host.innerHTML, assets);
}

/** The reading view's <article> (src/render/reading-view.ts), as HTML for read.html's <main>. */
export function readingViewHtml(deck: CompiledDeck, assets: AssetMap, options: ReadingViewOptions): string {
  return inlineFigures(renderReadingView(deck, document(), assets, options).outerHTML, assets);
}

/** The patient handout's <article> (src/render/handout-page.ts), as HTML for handout.html's <main>. */
export function handoutHtml(handout: CompiledHandout, deck: CompiledDeck, assets: AssetMap): string {
  return inlineFigures(renderHandout(handout, deck, document(), assets).outerHTML, assets);
}

/** The review page's <article> (src/render/review-page.ts), as HTML for review.html's <main>. */
export function reviewPageHtml(sheet: ReviewSheet): string {
  return renderReviewPage(sheet, document()).outerHTML;
}

/** The screen shown instead of the deck when it cannot be presented (dev server only). */
export function errorScreenHtml(problems: readonly DeckProblem[]): string {
  const doc = document();
  const panel = el(doc, 'div', { class: CLASS.error, role: 'alert' }, [
    el(doc, 'h1', {}, ['This deck cannot be shown yet']),
    el(doc, 'p', {}, ['Fix these problems in the slide files; the page reloads by itself:']),
    el(doc, 'ul', {}, problems.map((p) => el(doc, 'li', {}, [formatProblem(p)]))),
  ]);
  return panel.outerHTML;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text for an HTML attribute or element. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
