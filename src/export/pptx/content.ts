// What a slide says in the PowerPoint file, in reading order, before anything is placed: the
// compiled slide's title, its header (evidence badge, subtitle, byline), its body blocks in the
// compiled order and its sources line, as paragraphs of styled spans. layout.ts decides sizes
// and places; writer.ts hands the result to pptxgenjs.

import type { CompiledBlock, CompiledDeck, CompiledSlide, NumberedSource, Runs } from '../../model/compiled.ts';
import { referenceKind } from '../../model/evidence.ts';
import type { Lang } from '../../model/locales.ts';
import { sourceHref, sourceInOtherLanguage } from '../../render/blocks.ts';
import { UI } from '../../model/ui/index.ts';
import { formatValue } from '../../render/chart.ts';
import { hasGlyph } from './metrics.ts';
import { pptxWords, type PptxWords } from './words.ts';

export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** An https:// address (the only links the file carries). */
  readonly link?: string;
}

export interface Para {
  readonly spans: readonly Span[];
  /** A real bullet or number (PowerPoint's own list formatting, not a typed character). */
  readonly bullet?: 'bullet' | 'number' | 'check';
  /** Space above the paragraph (not the first of its box), in ems; default 0.3. */
  readonly space?: number;
}

/** Type sizes by role: layout.ts gives each a size in points. */
export type TextStyle = 'subtitle' | 'byline' | 'body' | 'small';

/** A text box; `frame` draws it as a filled shape (the evidence badge, a callout). */
export interface TextPiece {
  readonly kind: 'text';
  readonly name: string;
  readonly style: TextStyle;
  readonly paras: readonly Para[];
  readonly frame?: 'badge' | 'key-point' | 'caveat';
  /** Long lists of entries may be set in two columns (the glossary). */
  readonly columns?: boolean;
}

export type ChartBlock = Extract<CompiledBlock, { type: 'chart' }>;

/** A group laid out as one unit; its parts keep reading order. */
export type BodyGroup =
  | { readonly kind: 'text'; readonly piece: TextPiece; readonly visual: false }
  | { readonly kind: 'figure'; readonly src: string; readonly alt: string; readonly caption: TextPiece; readonly visual: true }
  | { readonly kind: 'chart'; readonly block: ChartBlock; readonly table: TableContent; readonly denominator: TextPiece; readonly caption: TextPiece; readonly visual: true }
  /** The QR code to the published reading view (a picture, linked) with what it opens and the address beside it, as text. */
  | { readonly kind: 'qr'; readonly src: string; readonly url: string; readonly alt: string; readonly caption: TextPiece; readonly visual: false };

/** The picture key of a QR code in the writer's figure map (not a file name: it has a colon). */
export const qrPictureKey = (url: string): string => `qr:${url}`;

export interface TableContent {
  /** The header row first; every cell is plain text. */
  readonly rows: readonly (readonly string[])[];
}

export interface SlideContent {
  readonly id: string;
  readonly title: string;
  /** The title slide's title is set larger. */
  readonly isTitleSlide: boolean;
  readonly layout: CompiledSlide['layout'];
  readonly header: readonly TextPiece[];
  readonly body: readonly BodyGroup[];
  readonly sources: TextPiece | null;
}

/** Adjacent spans with the same look become one; spaces are tidied as runsText() tidies them. */
function tidy(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.bold === span.bold && last.italic === span.italic && last.link === span.link) out[out.length - 1] = { ...last, text: last.text + span.text };
    else if (span.text !== '') out.push(span);
  }
  // Across span boundaries: one space at most, none before punctuation, none at the ends.
  for (let i = 0; i < out.length; i++) {
    let text = out[i]!.text.replace(/\s+/g, ' ');
    const next = out[i + 1]?.text ?? '';
    if (text.endsWith(' ') && (/^[\s.,;:!?]/.test(next) || i === out.length - 1)) text = text.slice(0, -1);
    if (i === 0) text = text.replace(/^ /, '');
    text = text.replace(/ ([.,;:!?])/g, '$1');
    out[i] = { ...out[i]!, text };
  }
  return out.filter((s) => s.text !== '');
}

/** Compiled runs as spans: terms as the word shown (the defining use in bold), citations as "[n]". */
export function spansOf(runs: Runs): Span[] {
  return tidy(
    runs.map((run): Span => {
      switch (run.kind) {
        case 'text':
        case 'number':
          return { text: run.text };
        case 'em':
          return { text: run.text, italic: true };
        case 'strong':
          return { text: run.text, bold: true };
        case 'term':
          return run.defines ? { text: run.text, bold: true } : { text: run.text };
        case 'cite':
          return { text: run.number === undefined ? '' : `[${run.number}]` };
      }
    }),
  );
}

const para = (spans: readonly Span[], bullet?: Para['bullet'], space?: number): Para => ({
  spans: tidy(spans),
  ...(bullet ? { bullet } : {}),
  ...(space === undefined ? {} : { space }),
});
const plain = (text: string): Para => para([{ text }]);
const text = (name: string, style: TextStyle, paras: readonly Para[], extra: Partial<TextPiece> = {}): TextPiece => ({ kind: 'text', name, style, paras, ...extra });

/** A link only to an https:// address; anything else stays plain text. */
const httpsOnly = (href: string | undefined): string | undefined => (href && /^https:\/\//i.test(href) ? href : undefined);

function shortReference({ number, source: s }: NumberedSource, lang: Lang): Para {
  const link = httpsOnly(sourceHref(s)?.href);
  return para([
    { text: `[${number ?? '?'}] `, bold: true },
    { text: s.short, ...(link ? { link } : {}) },
    { text: '. ' },
    { text: s.publisher, italic: true },
    // As the slides say it: a source in another language than the deck's is "(en inglés)".
    { text: `${sourceInOtherLanguage(s, lang) ? UI[lang].inEnglish : ''} (${referenceKind(s.type, s.evidence, lang)})` },
  ]);
}


/** A checklist gets "☐" bullets only if Arial has the glyph (it does not: then plain bullets). */
export const CHECKBOX = '☐';
const listBullet = (style: 'bullet' | 'numbered' | 'checklist'): Para['bullet'] =>
  style === 'numbered' ? 'number' : style === 'checklist' && hasGlyph(CHECKBOX) ? 'check' : 'bullet';

// The table's numbers as the deck writes them in its language (render/chart.ts formatValue, the
// slides' and the handout's one formatter): "38,2" and "4756" in Spanish, not "38.2" / "4,756".
function chartGroup(block: ChartBlock, name: string, w: PptxWords, lang: Lang): BodyGroup {
  const table: TableContent = {
    rows: [[w.tableCorner, ...block.series], ...block.rows.map((row) => [row.label, ...row.values.map((v) => formatValue(v, block.unit, lang))])],
  };
  return {
    kind: 'chart',
    block,
    table,
    denominator: text(`${name} numbers`, 'small', [plain(block.denominator)]),
    caption: text(`${name} caption`, 'small', [para(spansOf(block.caption))]),
    visual: true,
  };
}

function group(block: CompiledBlock, index: number, w: PptxWords, lang: Lang): BodyGroup[] {
  const one = groupOf(block, index, w, lang);
  if (block.type !== 'reading-view' || !block.qr) return one ? [one] : [];
  const { qr } = block;
  const caption = text('QR code caption', 'small', [para([{ text: qr.caption }]), para([{ text: qr.address, link: qr.url }], undefined, 0.1)]);
  // With the code, the link line above it would say the address a second time: the code's caption says it.
  return [{ kind: 'qr', src: qrPictureKey(qr.url), url: qr.url, alt: qr.label, caption, visual: false }];
}

function groupOf(block: CompiledBlock, index: number, w: PptxWords, lang: Lang): BodyGroup | null {
  const name = `${block.type} ${index + 1}`;
  const only = (piece: TextPiece): BodyGroup => ({ kind: 'text', piece, visual: false });
  switch (block.type) {
    case 'paragraph':
      return only(text(name, 'body', [para(spansOf(block.text))]));
    case 'list':
      return only(text(name, 'body', block.items.map((item) => para(spansOf(item), listBullet(block.style)))));
    case 'callout': {
      const body = spansOf(block.text);
      const paras =
        block.title === undefined
          ? [para([{ text: `${w.callout[block.tone]} `, bold: true }, ...body])]
          : [para([{ text: block.title, bold: true }]), para(body)];
      return only(text(name, 'body', paras, { frame: block.tone }));
    }
    case 'figure':
      return { kind: 'figure', src: block.src, alt: block.alt, caption: text(`${name} caption`, 'small', [para(spansOf(block.caption))]), visual: true };
    case 'chart':
      return chartGroup(block, name, w, lang);
    case 'references':
      // In short, one line each, as the slides list them (src/render/blocks.ts renderReferences):
      // eleven full references do not fit a slide even at 14 pt. The reading view, the handout and
      // the notes give them in full.
      return only(text(name, 'small', block.sources.map((s) => shortReference(s, lang))));
    case 'glossary':
      return only(
        text(
          name,
          'body',
          // Each term a little apart from the one before; its definition right under it.
          block.terms.flatMap(({ entry }) => [para([{ text: entry.term, bold: true }], undefined, 0.6), para([{ text: entry.definition }], undefined, 0)]),
          { columns: true },
        ),
      );
    case 'deck-info':
      // "Funding: None." but "Found a mistake? Tell …": a label that ends in punctuation gets no colon.
      return only(text(name, 'body', block.rows.map(({ label, value }) => para([{ text: /[?!:.]$/.test(label) ? `${label} ` : `${label}: `, bold: true }, { text: value }]))));
    case 'contact': {
      const website = block.contact?.website;
      const paras = block.lines.map((line, i) => {
        const at = website && httpsOnly(website) ? line.indexOf(website) : -1;
        const spans: Span[] = at < 0 ? [{ text: line }] : [{ text: line.slice(0, at) }, { text: website!, link: website! }, { text: line.slice(at + website!.length) }];
        return para(i === 0 ? spans.map((s) => ({ ...s, bold: true })) : spans);
      });
      return only(text(name, 'body', paras));
    }
    case 'reading-view': {
      // Only a published https:// address makes sense in a file passed around on its own; the
      // relative read.html link is left out, as the PDF leaves it out.
      const link = httpsOnly(block.href);
      if (!link) return null;
      return only(text(name, 'small', [para([{ text: `${block.text}: ` }, { text: block.address ?? link, link }])]));
    }
  }
}

function badge(slide: CompiledSlide, w: PptxWords): TextPiece | null {
  const kinds = slide.evidence;
  if (kinds.length === 0) return null;
  // "Mouse study, human tissue study and randomized trials in people", as references list kinds.
  const labels = kinds.map((k, i) => (i === 0 ? w.evidenceLabel(k) : w.evidenceLabel(k).charAt(0).toLowerCase() + w.evidenceLabel(k).slice(1)));
  const listed = labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')}${w.and}${labels.at(-1)}`;
  return text('Evidence', 'small', [para([{ text: `${w.evidence(kinds.length)} `, bold: true }, { text: listed }])], { frame: 'badge' });
}

function sourcesLine(cited: readonly NumberedSource[], w: PptxWords): TextPiece | null {
  if (cited.length === 0) return null;
  const spans: Span[] = [{ text: `${w.sources(cited.length)} ` }];
  cited.forEach(({ number, source }, i) => {
    const link = httpsOnly(sourceHref(source)?.href);
    if (i > 0) spans.push({ text: w.sourceSeparator });
    spans.push({ text: `[${number ?? '?'}] ${source.short}`, ...(link ? { link } : {}) });
  });
  return text('Sources', 'small', [para(spans)]);
}

/**
 * Slide titles as the file sets them: the compiled title, made unique where several slides
 * share one ("Sources (continued)"), because a screen reader and PowerPoint's outline tell
 * slides apart by title. The suffix is the range of source numbers a sources slide lists, or
 * the slide's place among those sharing the title.
 */
export function uniqueTitles(deck: CompiledDeck): string[] {
  const count = new Map<string, number>();
  for (const s of deck.slides) count.set(s.title, (count.get(s.title) ?? 0) + 1);
  const seen = new Map<string, number>();
  return deck.slides.map((slide) => {
    const n = count.get(slide.title)!;
    if (n === 1) return slide.title;
    const k = (seen.get(slide.title) ?? 0) + 1;
    seen.set(slide.title, k);
    const numbers = slide.body.flatMap((b) => (b.type === 'references' ? b.sources.flatMap((s) => (s.number === undefined ? [] : [s.number])) : []));
    if (numbers.length > 0) {
      const first = Math.min(...numbers);
      const last = Math.max(...numbers);
      return `${slide.title}: [${first}]${last > first ? `–[${last}]` : ''}`;
    }
    return `${slide.title} (${k}/${n})`;
  });
}

export function slideContent(slide: CompiledSlide, title: string, lang: Lang = 'en'): SlideContent {
  const w = pptxWords(lang);
  const header = [
    badge(slide, w),
    slide.subtitle === undefined ? null : text('Subtitle', 'subtitle', [plain(slide.subtitle)]),
    slide.byline.length === 0 ? null : text('Byline', 'byline', slide.byline.map(plain)),
  ].filter((p): p is TextPiece => p !== null);
  return {
    id: slide.id,
    title,
    isTitleSlide: slide.kind === 'title',
    layout: slide.layout,
    header,
    body: slide.body.flatMap((block, i) => group(block, i, w, lang)),
    sources: sourcesLine(slide.cited, w),
  };
}
