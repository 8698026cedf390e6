// The pure renderer: a validated deck in, reveal.js markup out (<section id> per slide, real
// headings, lists, figure/figcaption, aside.notes). It touches only the Document it is given.

import { EVIDENCE_LABEL, evidenceKinds } from '../model/evidence.ts';
import { citedSources } from '../model/text.ts';
import type { AnyDeck, AnySlide, Notes } from '../model/types.ts';
import { isVisual, renderBlock } from './blocks.ts';
import { createContext, type AssetMap, type RenderContext } from './context.ts';
import { el } from './dom.ts';

function renderNotes(notes: Notes, doc: Document): HTMLElement {
  return el(doc, 'aside', { class: 'notes' }, [
    ...notes.say.map((p) => el(doc, 'p', {}, [p])),
    el(doc, 'p', { class: 'notes-question' }, [el(doc, 'strong', {}, ['They may ask: ']), notes.question]),
    el(doc, 'p', { class: 'notes-answer' }, [el(doc, 'strong', {}, ['You can answer: ']), notes.answer]),
  ]);
}

/** "Sources: [1] Karagiannis 2017 · [4] EBCTCG 2018", each linked to the slide that lists it. */
function renderSourceLine(slide: AnySlide, ctx: RenderContext): HTMLElement | null {
  const ids = citedSources(slide);
  if (ids.length === 0) return null;
  const { doc } = ctx;
  const items = ids.map((id, i) => {
    const label = `[${ctx.sourceNumber.get(id) ?? '?'}] ${ctx.deck.sources[id]?.short ?? id}`;
    const home = ctx.sourceHome.get(id);
    return [i > 0 ? ' · ' : null, home ? el(doc, 'a', { href: `#/${home}` }, [label]) : label];
  });
  return el(doc, 'p', { class: 'slide-sources' }, [ids.length === 1 ? 'Source: ' : 'Sources: ', ...items.flat()]);
}

function renderBody(slide: AnySlide, ctx: RenderContext): HTMLElement {
  const { doc } = ctx;
  const blocks = slide.body.map((b, i) => ({ b, node: renderBlock(b, ctx, i) }));
  if (slide.layout !== 'split') return el(doc, 'div', { class: 'slide-body' }, blocks.map((x) => x.node));
  return el(doc, 'div', { class: 'slide-body split' }, [
    el(doc, 'div', { class: 'column-text' }, blocks.filter((x) => !isVisual(x.b)).map((x) => x.node)),
    el(doc, 'div', { class: 'column-visual' }, blocks.filter((x) => isVisual(x.b)).map((x) => x.node)),
  ]);
}

export function renderSlide(slide: AnySlide, base: Omit<RenderContext, 'slideId'>): HTMLElement {
  const ctx: RenderContext = { ...base, slideId: slide.id };
  const { doc } = ctx;
  const heading = slide.kind === 'title' ? 'h1' : 'h2';
  const kinds = evidenceKinds(slide.evidence);
  const badges = kinds.length
    ? el(doc, 'p', { class: 'evidence-badges' }, [
        el(doc, 'span', { class: 'visually-hidden' }, [kinds.length === 1 ? 'Kind of evidence: ' : 'Kinds of evidence: ']),
        ...kinds.flatMap((k, i) => [
          i > 0 ? el(doc, 'span', { class: 'visually-hidden' }, [' and ']) : null,
          el(doc, 'span', { class: 'evidence-badge', 'data-evidence': k }, [EVIDENCE_LABEL[k]]),
        ]),
      ])
    : null;
  // The frame has the slide's full size in screen and print view alike (reveal's print CSS
  // strips padding and display from <section>, so the layout lives one level down).
  return el(doc, 'section', { id: slide.id, 'data-kind': slide.kind, class: `kind-${slide.kind}` }, [
    el(doc, 'div', { class: 'slide-frame' }, [
      el(doc, 'header', { class: 'slide-header' }, [
        el(doc, heading, { class: 'slide-title' }, [slide.title]),
        badges,
        slide.subtitle === undefined ? null : el(doc, 'p', { class: 'subtitle' }, [slide.subtitle]),
      ]),
      renderBody(slide, ctx),
      renderSourceLine(slide, ctx),
    ]),
    renderNotes(slide.notes, doc),
  ]);
}

/** Renders every slide, in deck order, into a fragment ready for `.reveal .slides`. */
export function renderDeck(deck: AnyDeck, doc: Document, assets: AssetMap): DocumentFragment {
  const base = createContext(deck, doc, assets);
  const fragment = doc.createDocumentFragment();
  for (const slide of deck.slides) fragment.appendChild(renderSlide(slide, base));
  return fragment;
}
