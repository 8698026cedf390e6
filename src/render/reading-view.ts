// The reading view (read.html): the compiled deck as one article that reflows, for reading on a
// phone after the talk. Another back end of the same compile as the slides, so it can never say
// what they do not. Pure: compiled deck in, DOM out, all text set as text.
//
// - The title slide is the article's header (h1); every other talk slide is a <section> with the
//   slide's id, its title as an h2, its evidence badges, its body in order and its sources line.
//   Steps are all shown; speaker notes are left out; the caveats come first, as in the deck.
// - Figures keep their alt text and captions; a chart is its picture and its table.
// - The "words to know" slides become one section, the sources slides one numbered list at the
//   end. Each of those slides' ids stays an anchor, so read.html#<any slide id> lands in place.
// - A term's defining use links to its definition, a citation to its reference, on this page.

import type { CompiledBlock, CompiledDeck, CompiledSlide, NumberedSource } from '../model/compiled.ts';
import { PAGE_ID } from '../model/page-ids.ts';
import { renderBlock } from './blocks.ts';
import type { AssetMap, LinkTargets, RenderContext } from './context.ts';
import { el } from './dom.ts';
import { UI, type LanguageLink, type UiText } from '../model/ui/index.ts';
import { CLASS } from './markup.ts';
import { renderBadges, sourcesLabel } from './render-deck.ts';

/** Class names of the reading view (src/theme/read.css and the tests use them). */
export const READ_CLASS = {
  article: 'read-article',
  header: 'read-header',
  section: 'read-section',
  contents: 'read-contents',
  sources: 'read-sources',
  footer: 'read-footer',
  callHelp: 'read-help',
  /** A drawing's words (its alt text), shown instead of it where the column is too narrow for its labels. */
  figureWords: 'figure-words',
} as const;

export interface ReadingViewOptions {
  /** Where "open the slides" goes: index.html next to it, or deck.html in the single file. */
  readonly slidesHref: string;
  /** The same page in the deck's other languages ("Esta charla en español" → es/read.html), each in its own language. */
  readonly otherLanguages?: readonly LanguageLink[];
}

export type { LanguageLink } from '../model/ui/index.ts';

/** Slides merged into one section each (their ids stay anchors inside it). */
const MERGED = { glossary: 'glossary', sources: 'sources' } as const;

const headingId = PAGE_ID.heading;

/** Links on this page: a term to its entry in "words to know", a citation to its reference. */
const READING_LINKS: LinkTargets = {
  term: (term, home) => (home ? `#${PAGE_ID.term(term)}` : undefined),
  cite: (source, home) => (home ? `#${PAGE_ID.source(source)}` : undefined),
};

/** "Sources: [1] Karagiannis 2017 · [2] EBCTCG 2018", each linked to its reference below. */
function sourceLine(cited: readonly NumberedSource[], ctx: Pick<RenderContext, 'doc' | 'deck'>): HTMLElement | null {
  const { doc } = ctx;
  if (cited.length === 0) return null;
  const items = cited.flatMap(({ id, number, home, source }, i) => {
    const label = `[${number ?? '?'}] ${source.short}`;
    return [i > 0 ? ' · ' : null, home ? el(doc, 'a', { href: `#${PAGE_ID.source(id)}` }, [label]) : label];
  });
  return el(doc, 'p', { class: CLASS.sourceLine }, [sourcesLabel(cited.length, ctx.deck.lang), ...items]);
}

/**
 * A block as the reading view shows it. A drawing with labels also carries its words (its alt
 * text, as a paragraph): where the column is too narrow to draw its labels at the page's
 * smallest text size, read.css shows the words instead of the drawing (a chart has its table).
 */
function readingBlock(block: CompiledBlock, ctx: RenderContext, index: number): HTMLElement {
  const node = renderBlock(block, ctx, index);
  if (block.type === 'figure') {
    // renderFigure sets a style (its width in labels) only on a drawing with sized labels.
    const art = node.querySelector(`.${CLASS.figureArt}[style]`);
    art?.append(el(ctx.doc, 'p', { class: READ_CLASS.figureWords }, [block.alt]));
  }
  return node;
}

/** The body in the order it was written (a split slide's columns one after the other). */
function body(slide: CompiledSlide, ctx: RenderContext): HTMLElement[] {
  return slide.body.flatMap((block, i) => (block.type === 'reading-view' ? [] : [readingBlock(block, ctx, i)]));
}

function contextFor(slide: CompiledSlide, base: Omit<RenderContext, 'slideId'>): RenderContext {
  return { ...base, slideId: slide.id };
}

function titleHeader(slide: CompiledSlide, base: Omit<RenderContext, 'slideId'>): HTMLElement {
  const ctx = contextFor(slide, base);
  const { doc } = ctx;
  return el(doc, 'header', { id: slide.id, class: READ_CLASS.header }, [
    el(doc, 'h1', { id: headingId(slide.id) }, [slide.title]),
    slide.subtitle === undefined ? null : el(doc, 'p', { class: CLASS.subtitle }, [slide.subtitle]),
    slide.byline.length === 0 ? null : el(doc, 'p', { class: CLASS.byline }, slide.byline.flatMap((line, i) => [i > 0 ? el(doc, 'br') : null, line])),
    ...body(slide, ctx),
    sourceLine(slide.cited, ctx),
  ]);
}

function slideSection(slide: CompiledSlide, base: Omit<RenderContext, 'slideId'>): HTMLElement {
  const ctx = contextFor(slide, base);
  const { doc } = ctx;
  return el(doc, 'section', { id: slide.id, class: `${READ_CLASS.section} kind-${slide.kind}`, 'aria-labelledby': headingId(slide.id) }, [
    el(doc, 'h2', { id: headingId(slide.id) }, [slide.title]),
    renderBadges(slide, doc, ctx.deck.lang),
    ...body(slide, ctx),
    sourceLine(slide.cited, ctx),
  ]);
}

/**
 * Several slides of one kind as one section: the first slide's id and title, then each slide's
 * list (the later ones carry their own slide's id, so a link to them still lands in place).
 */
function mergedSection(slides: readonly CompiledSlide[], base: Omit<RenderContext, 'slideId'>, extraClass: string): HTMLElement {
  const [first] = slides as [CompiledSlide, ...CompiledSlide[]];
  const { doc } = base;
  const lists = slides.flatMap((slide, n) => {
    const ctx = contextFor(slide, base);
    return slide.body.flatMap((block, i) => {
      if (block.type === 'reading-view') return [];
      // A term defined on a slide but listed on no glossary slide is listed here all the same.
      const node = readingBlock(block.type === 'glossary' && block.also ? { ...block, terms: [...block.terms, ...block.also] } : block, ctx, i);
      if (n > 0 && (block.type === 'glossary' || block.type === 'references') && !slide.body.slice(0, i).some((b) => b.type === block.type)) node.id = slide.id;
      return [node];
    });
  });
  // A later slide with no list of its own still gets its anchor.
  const anchors = slides.slice(1).filter((s) => !lists.some((node) => node.id === s.id)).map((s) => el(doc, 'span', { id: s.id }));
  return el(doc, 'section', { id: first.id, class: `${READ_CLASS.section} ${extraClass} kind-${first.kind}`, 'aria-labelledby': headingId(first.id) }, [
    el(doc, 'h2', { id: headingId(first.id) }, [first.title]),
    ...anchors,
    ...lists,
  ]);
}

/** The section each part of the page stands for, in reading order (sources last). */
interface Part {
  readonly id: string;
  readonly title: string;
  readonly node: HTMLElement;
}

function contents(parts: readonly Part[], doc: Document, ui: UiText): HTMLElement {
  return el(doc, 'nav', { class: READ_CLASS.contents, 'aria-labelledby': PAGE_ID.contentsHeading }, [
    el(doc, 'details', {}, [
      el(doc, 'summary', {}, [el(doc, 'span', { id: PAGE_ID.contentsHeading }, [ui.reading.contents]), ui.reading.parts(parts.length)]),
      el(doc, 'ol', {}, parts.map((p) => el(doc, 'li', {}, [el(doc, 'a', { href: `#${p.id}` }, [p.title])]))),
    ]),
  ]);
}

/** The clinic's "who to call" block, when the deck has local contact details. */
function callHelp(deck: CompiledDeck, base: Omit<RenderContext, 'slideId'>): HTMLElement | null {
  for (const slide of deck.slides) {
    const index = slide.body.findIndex((b): b is Extract<CompiledBlock, { type: 'contact' }> => b.type === 'contact' && b.contact !== null);
    if (index < 0) continue;
    return el(base.doc, 'aside', { class: READ_CLASS.callHelp, 'aria-label': UI[deck.lang].contact.whoToCall }, [renderBlock(slide.body[index]!, contextFor(slide, base), index)]);
  }
  return null;
}

/** Steps are all shown: nothing here is a reveal.js fragment. */
function showAllSteps(root: Element): void {
  for (const node of root.querySelectorAll(`.${CLASS.fragment}`)) {
    node.classList.remove(CLASS.fragment);
    if (node.classList.length === 0) node.removeAttribute('class');
  }
}

/** The reading view's <article>: every slide of the edition, in order, as one page. */
export function renderReadingView(deck: CompiledDeck, doc: Document, assets: AssetMap, options: ReadingViewOptions): HTMLElement {
  const base = { doc, deck, assets, links: READING_LINKS };
  const ui = UI[deck.lang];
  const [title, ...rest] = deck.slides;
  const glossary = rest.filter((s) => s.kind === MERGED.glossary);
  const sources = rest.filter((s) => s.kind === MERGED.sources);
  const parts: Part[] = [];
  for (const slide of rest) {
    if (slide === glossary[0]) parts.push({ id: slide.id, title: slide.title, node: mergedSection(glossary, base, 'read-glossary') });
    else if (slide.kind !== MERGED.glossary && slide.kind !== MERGED.sources) parts.push({ id: slide.id, title: slide.title, node: slideSection(slide, base) });
  }
  if (sources[0]) parts.push({ id: sources[0].id, title: sources[0].title, node: mergedSection(sources, base, READ_CLASS.sources) });

  const article = el(doc, 'article', { class: READ_CLASS.article, 'aria-labelledby': title ? headingId(title.id) : undefined }, [
    title ? titleHeader(title, base) : null,
    contents(parts, doc, ui),
    ...parts.map((p) => p.node),
    el(doc, 'footer', { class: READ_CLASS.footer }, [
      callHelp(deck, base),
      el(doc, 'p', {}, [ui.reading.footer, el(doc, 'a', { href: options.slidesHref }, [ui.reading.openSlides])]),
      ...(options.otherLanguages ?? []).map((other) => el(doc, 'p', { class: 'read-language' }, [el(doc, 'a', { href: other.href, lang: other.tag, hreflang: other.tag }, [other.label])])),
    ]),
  ]);
  showAllSteps(article);
  return article;
}
