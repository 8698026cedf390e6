// The pure renderer: a compiled deck in, reveal.js markup out (<section id> per slide, real
// headings, lists, figure/figcaption, aside.notes). It touches only the Document it is given.

import type { CompiledBlock, CompiledDeck, CompiledNotes, CompiledSlide } from '../model/compiled.ts';
import type { Lang } from '../model/locales.ts';
import { UI } from '../model/ui/index.ts';
import { isVisual, renderBlock } from './blocks.ts';
import type { AssetMap, RenderContext } from './context.ts';
import { el } from './dom.ts';
import { CLASS, DATA, slideHref } from './markup.ts';
import { QR_CLASS, renderQrFigure } from './reading-qr.ts';

function renderNotes(notes: CompiledNotes, doc: Document, lang: Lang): HTMLElement {
  const ui = UI[lang].notes;
  return el(doc, 'aside', { class: CLASS.notes }, [
    ...notes.say.map((p) => el(doc, 'p', {}, [p])),
    el(doc, 'p', { class: CLASS.notesQuestion }, [el(doc, 'strong', {}, [ui.ask]), notes.question]),
    el(doc, 'p', { class: CLASS.notesAnswer }, [el(doc, 'strong', {}, [ui.answer]), notes.answer]),
  ]);
}

/** "Sources: " or "Source: " before a slide's source list, in the deck's language. */
export const sourcesLabel = (count: number, lang: Lang): string => (count === 1 ? UI[lang].sourceLine.one : UI[lang].sourceLine.many);

/** "Sources: [1] Karagiannis 2017 · [4] EBCTCG 2018", each linked to the slide that lists it. */
function renderSourceLine(slide: CompiledSlide, doc: Document, lang: Lang): HTMLElement | null {
  if (slide.cited.length === 0) return null;
  const items = slide.cited.map(({ number, home, source }, i) => {
    const label = `[${number ?? '?'}] ${source.short}`;
    return [i > 0 ? ' · ' : null, home ? el(doc, 'a', { href: slideHref(home) }, [label]) : label];
  });
  return el(doc, 'p', { class: CLASS.sourceLine }, [sourcesLabel(slide.cited.length, lang), ...items.flat()]);
}

/** Blocks drawn in the slide's header rather than its body (the reading view's link). */
const inHeader = (block: CompiledBlock): boolean => block.type === 'reading-view';

/** The slide's QR code to the published reading view, if it is the one that carries it. */
const qrOf = (slide: CompiledSlide) => slide.body.flatMap((b) => (b.type === 'reading-view' && b.qr ? [b.qr] : []))[0];

function renderBody(slide: CompiledSlide, ctx: RenderContext): HTMLElement {
  const { doc } = ctx;
  const blocks = slide.body.map((b, i) => ({ b, node: renderBlock(b, ctx, i) })).filter((x) => !inHeader(x.b));
  const qr = qrOf(slide);
  if (qr && slide.layout !== 'split') {
    // The code beside the blocks after the first (on the summary slide: beside the key points and
    // "who to call", under the main message, which keeps the full width).
    const [first, ...rest] = blocks.map((x) => x.node);
    const beside = rest.length > 0 ? rest : first ? [first] : [];
    const lead = rest.length > 0 && first ? [first] : [];
    return el(doc, 'div', { class: CLASS.body }, [
      ...lead,
      el(doc, 'div', { class: QR_CLASS.row }, [el(doc, 'div', { class: QR_CLASS.text }, beside), renderQrFigure(qr, doc)]),
    ]);
  }
  if (slide.layout !== 'split') return el(doc, 'div', { class: CLASS.body }, blocks.map((x) => x.node));
  return el(doc, 'div', { class: `${CLASS.body} ${CLASS.split}` }, [
    el(doc, 'div', { class: CLASS.columnText }, blocks.filter((x) => !isVisual(x.b)).map((x) => x.node)),
    el(doc, 'div', { class: CLASS.columnVisual }, [...blocks.filter((x) => isVisual(x.b)).map((x) => x.node), qr ? renderQrFigure(qr, doc) : null]),
  ]);
}

export function renderBadges(slide: CompiledSlide, doc: Document, lang: Lang = 'en'): HTMLElement | null {
  const kinds = slide.evidence;
  if (kinds.length === 0) return null;
  const ui = UI[lang];
  return el(doc, 'p', { class: CLASS.badges }, [
    el(doc, 'span', { class: CLASS.visuallyHidden }, [kinds.length === 1 ? ui.badges.one : ui.badges.many]),
    ...kinds.flatMap((k, i) => [
      // Read as a list: "A, B and C" / "A, B y C" (the last pair joined by the language's "and").
      i > 0 ? el(doc, 'span', { class: CLASS.visuallyHidden }, [i === kinds.length - 1 ? ui.and : ', ']) : null,
      el(doc, 'span', { class: CLASS.badge, [DATA.evidence]: k }, [ui.evidence[k]]),
    ]),
  ]);
}

export function renderSlide(slide: CompiledSlide, base: Omit<RenderContext, 'slideId'>): HTMLElement {
  const ctx: RenderContext = { ...base, slideId: slide.id };
  const { doc } = ctx;
  const heading = slide.kind === 'title' ? 'h1' : 'h2';
  // The frame has the slide's full size in screen and print view alike (reveal's print CSS
  // strips padding and display from <section>, so the layout lives one level down).
  return el(doc, 'section', { id: slide.id, [DATA.kind]: slide.kind, [DATA.number]: slide.number, [DATA.steps]: slide.steps, class: `kind-${slide.kind}` }, [
    el(doc, 'div', { class: CLASS.frame }, [
      el(doc, 'header', { class: CLASS.header }, [
        el(doc, heading, { class: CLASS.title }, [slide.title]),
        renderBadges(slide, doc, ctx.deck.lang),
        ...slide.body.flatMap((b, i) => (inHeader(b) ? [renderBlock(b, ctx, i)] : [])),
        slide.subtitle === undefined ? null : el(doc, 'p', { class: CLASS.subtitle }, [slide.subtitle]),
        ...slide.byline.map((line) => el(doc, 'p', { class: CLASS.byline }, [line])),
      ]),
      renderBody(slide, ctx),
      renderSourceLine(slide, doc, ctx.deck.lang),
    ]),
    renderNotes(slide.notes, doc, ctx.deck.lang),
  ]);
}

/** Renders every slide, in the edition's order, into a fragment ready for `.reveal .slides`. */
export function renderDeck(deck: CompiledDeck, doc: Document, assets: AssetMap): DocumentFragment {
  const base = { doc, deck, assets };
  const fragment = doc.createDocumentFragment();
  for (const slide of deck.slides) fragment.appendChild(renderSlide(slide, base));
  return fragment;
}
