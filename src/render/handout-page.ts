// The patient handout as a page for paper (handout.html, printed by `npm run pdf -- --handout`):
// a compiled handout (src/model/handout-compile.ts) in, DOM out. Pure, and like every renderer
// here it sets all text as text. The blocks are drawn by the slides' own block renderer; what is
// the handout's own is the frame: headings, the trials table without the chart, tick boxes and
// lines to write on, and a blank line for the care team's number when the clinic has set none.

import type { CompiledBlock, CompiledDeck } from '../model/compiled.ts';
import { handoutWords } from '../model/handout-spec.ts';
import { UI } from '../model/ui/index.ts';
import type { CompiledHandout, HandoutPiece, HandoutSection } from '../model/handout-compile.ts';
import { renderBlock, sourceHref } from './blocks.ts';
import { formatValue } from './chart.ts';
import type { AssetMap, LinkTargets, RenderContext } from './context.ts';
import { el } from './dom.ts';
import { renderText } from './inline.ts';
import { CLASS } from './markup.ts';
import { renderQrCode } from './reading-qr.ts';
import { PAGE_ID } from '../model/page-ids.ts';

/** Class names of the handout page (src/theme/handout.css, the export and the tests use them). */
export const HANDOUT_CLASS = {
  article: 'handout',
  header: 'handout-header',
  subtitle: 'handout-subtitle',
  section: 'handout-section',
  table: 'handout-table',
  questions: 'handout-questions',
  /** A line to write on (drawn, not read). */
  writeLine: 'write-line',
  box: 'tick-box',
  help: 'handout-help',
  address: 'handout-address',
  addressRow: 'handout-address-row',
  /** The trials table and, beside it, the same numbers in words. */
  numbers: 'handout-numbers',
  numbersWords: 'handout-numbers-words',
  /** The study's title in the source list, after its label. */
  studyTitle: 'study-title',
  /** Where a source can be read, printed (paper has no links). */
  sourceAddress: 'source-address',
  /** A word list entry's definition, after its term (a <dfn>). */
  definition: 'definition',
} as const;

/** On paper nothing links inside the page: terms and citations are plain words and numbers. */
const NO_LINKS: LinkTargets = { term: () => undefined, cite: () => undefined };

const headingId = PAGE_ID.heading;

/** A line to write on: drawn by CSS, hidden from assistive technology (nothing to read). */
const writeLine = (doc: Document): HTMLElement => el(doc, 'span', { class: HANDOUT_CLASS.writeLine, 'aria-hidden': 'true' });

function context(doc: Document, deck: CompiledDeck, assets: AssetMap, slideId: string): RenderContext {
  return { doc, deck, assets, slideId, links: NO_LINKS };
}

/** A slide's block, as printed: a callout whose title repeats the section heading drops it. */
function piece(p: HandoutPiece, section: HandoutSection, ctx: RenderContext, index: number): HTMLElement {
  let block: CompiledBlock = p.block;
  if (block.type === 'callout' && block.title?.trim().toLowerCase() === section.title.toLowerCase()) {
    const { title: _dropped, ...rest } = block;
    block = rest;
  }
  const node = renderBlock({ ...block, step: false }, ctx, index);
  for (const f of [node, ...node.querySelectorAll(`.${CLASS.fragment}`)]) f.classList.remove(CLASS.fragment);
  return node;
}

/**
 * The trials chart as its table: caption (what it is and where from), the numbers, who they are
 * about; beside the table, the same numbers in words (the slides' blocks), so that no reader is
 * left with the bare numbers.
 */
function numbersTable(p: HandoutPiece, words: readonly HTMLElement[], ctx: RenderContext): HTMLElement[] {
  const { doc } = ctx;
  const chart = p.block;
  if (chart.type !== 'chart') return [];
  const table = el(doc, 'table', { class: HANDOUT_CLASS.table }, [
      el(doc, 'caption', {}, [chart.denominator]),
      el(doc, 'thead', {}, [el(doc, 'tr', {}, [el(doc, 'th', { scope: 'col' }, [UI[ctx.deck.lang].chart.counted]), ...chart.series.map((s) => el(doc, 'th', { scope: 'col' }, [s]))])]),
      el(
        doc,
        'tbody',
        {},
        chart.rows.map((row) => el(doc, 'tr', {}, [el(doc, 'th', { scope: 'row' }, [row.label]), ...row.values.map((v) => el(doc, 'td', {}, [formatValue(v, chart.unit, ctx.deck.lang)]))])),
      ),
    ]);
  return [el(doc, 'p', {}, renderText(chart.caption, ctx)), el(doc, 'div', { class: HANDOUT_CLASS.numbers }, [table, el(doc, 'div', { class: HANDOUT_CLASS.numbersWords }, [...words])])];
}

/**
 * The short source list. Paper has no links, so each entry prints where it can be read (its DOI
 * or address); the study's own title follows its entry, labelled as the researchers' words.
 */
function sourceList(section: Extract<HandoutSection, { kind: 'sources' }>, ctx: RenderContext): HTMLElement {
  const { doc } = ctx;
  const list = renderBlock({ type: 'references', step: false, sources: section.sources }, ctx, 0);
  for (const { id, source } of section.sources) {
    const where = sourceHref(source);
    if (where) list.querySelector(`#source-${id}`)?.append(el(doc, 'span', { class: HANDOUT_CLASS.sourceAddress }, [where.label]));
  }
  const study = section.study;
  const entry = study ? list.querySelector(`#source-${study.id}`) : null;
  if (study && entry) entry.append(el(doc, 'span', { class: HANDOUT_CLASS.studyTitle }, [study.label, ' “', study.title, '”']));
  return list;
}

/** Each question with a tick box and a line for the answer, then room for the reader's own. */
function questions(p: HandoutPiece, ctx: RenderContext): HTMLElement[] {
  const { doc } = ctx;
  const list = p.block;
  if (list.type !== 'list') return [];
  return [
    el(
      doc,
      'ul',
      { class: HANDOUT_CLASS.questions },
      list.items.map((item) => el(doc, 'li', {}, [el(doc, 'span', { class: HANDOUT_CLASS.box, 'aria-hidden': 'true' }), el(doc, 'span', {}, renderText(item, ctx)), writeLine(doc)])),
    ),
    el(doc, 'p', { class: 'own-questions' }, [handoutWords(ctx.deck.lang).ownQuestions, writeLine(doc), writeLine(doc), writeLine(doc)]),
  ];
}

function sectionBody(section: HandoutSection, deck: CompiledDeck, doc: Document, assets: AssetMap): (HTMLElement | null)[] {
  const ctx = context(doc, deck, assets, `handout-${section.id}`);
  const pieces = (list: readonly HandoutPiece[], name: string) => list.map((p, i) => piece(p, section, context(doc, deck, assets, `handout-${name}-${i}`), i));
  switch (section.kind) {
    case 'blocks':
      return pieces(section.pieces, section.id);
    case 'table':
      return numbersTable(section.piece, pieces(section.words, `${section.id}-words`), ctx);
    case 'questions':
      return questions(section.piece, ctx);
    case 'words':
      // A list, not the slides' <dl>: Chromium tags a <dl> as NonStruct and a <ul> as L, LI
      // (src/export/pdf-ua.ts adds the LBody), so a PDF reader announces a list of so many words.
      return [
        el(
          doc,
          'ul',
          { class: CLASS.glossary },
          section.terms.map(({ id, entry }) => el(doc, 'li', { id: PAGE_ID.term(id) }, [el(doc, 'dfn', {}, [entry.term]), el(doc, 'span', { class: HANDOUT_CLASS.definition }, [entry.definition])])),
        ),
      ];
    case 'help':
      return [
        el(doc, 'div', { class: HANDOUT_CLASS.help }, [
          ...section.lines.map((line, i) => el(doc, 'p', { class: i === 0 ? 'contact-text' : 'contact-detail' }, [line])),
          section.contact ? null : el(doc, 'p', {}, [handoutWords(deck.lang).phoneLine, writeLine(doc)]),
        ]),
      ];
    case 'sources':
      return [sourceList(section, ctx)];
    case 'address':
      // The code (error correction Q, at least 25 mm wide with its quiet zone: handout.css) beside
      // the address as text and what it opens; the section stays on the last page with "about".
      return [
        el(doc, 'div', { class: HANDOUT_CLASS.addressRow }, [
          renderQrCode(section.qr, doc, 'Q'),
          el(doc, 'div', {}, [
            el(doc, 'p', { class: HANDOUT_CLASS.address }, [section.text, ' ', el(doc, 'a', { href: section.url }, [section.url])]),
            el(doc, 'p', {}, [section.scan]),
          ]),
        ]),
      ];
  }
}

/** The handout's <article>: a header, then one section per part, in the fixed order. */
export function renderHandout(handout: CompiledHandout, deck: CompiledDeck, doc: Document, assets: AssetMap): HTMLElement {
  return el(doc, 'article', { class: HANDOUT_CLASS.article, 'aria-labelledby': 'handout-title' }, [
    el(doc, 'header', { class: HANDOUT_CLASS.header }, [
      el(doc, 'h1', { id: 'handout-title' }, [handout.title]),
      el(doc, 'p', { class: HANDOUT_CLASS.subtitle }, [handout.subtitle]),
      handout.byline.length === 0 ? null : el(doc, 'p', { class: CLASS.byline }, [handout.byline.join(' · ')]),
    ]),
    ...handout.sections.map((section) =>
      el(doc, 'section', { id: section.id, class: `${HANDOUT_CLASS.section} section-${section.id}`, 'aria-labelledby': headingId(section.id) }, [
        el(doc, 'h2', { id: headingId(section.id) }, [section.title]),
        ...sectionBody(section, deck, doc, assets),
      ]),
    ),
  ]);
}
