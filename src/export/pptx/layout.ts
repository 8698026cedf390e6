// Where everything goes on a 13.333 × 7.5 in slide (960 × 540 pt), and at what size. Boxes are
// sized from their content (metrics.ts), never shrunk by the viewer: the slide is tried at the
// deck's sizes first, then a step smaller, and only a slide that holds too much goes below them
// (never under 14 pt; it is then reported as crowded). Everything stays inside the slide.
//
// Like the HTML slides: a header (title, evidence badge, subtitle, byline), the body blocks top to
// bottom ("stack") or text left and figures right ("split"), the sources line at the foot.

import type { BodyGroup, ChartBlock, Para, SlideContent, TableContent, TextPiece, TextStyle } from './content.ts';
import { PptxLayoutError } from './errors.ts';
import { lineCount, lineHeight, textWidth } from './metrics.ts';

/** The slide in points (PowerPoint's 16:9 "widescreen", 13.333 × 7.5 in). */
export const SLIDE = { width: 960, height: 540 } as const;
const MARGIN = 48;
const TOP = 26;
const BOTTOM = 518;
const WIDE = SLIDE.width - 2 * MARGIN;
const COLUMN_GAP = 28;
/** The master's title placeholder: where a one-line title at the deck's size sits (each slide's own box is planned). */
export const MASTER_TITLE: Rect = { x: MARGIN, y: TOP, w: WIDE, h: 60 };

export interface Sizes {
  readonly title: number;
  readonly body: number;
  readonly small: number;
  /** Below the deck's own sizes: the slide holds more than fits. */
  readonly crowded: boolean;
}

/** Tried in order; the first that fits is used. Titles ≥ 32 pt, body ≥ 20 pt, nothing under 14 pt, unless crowded. */
export const SIZES: readonly Sizes[] = [
  { title: 36, body: 24, small: 18, crowded: false },
  { title: 34, body: 22, small: 18, crowded: false },
  { title: 32, body: 20, small: 16, crowded: false },
  { title: 28, body: 18, small: 16, crowded: true },
  { title: 24, body: 16, small: 14, crowded: true },
  { title: 20, body: 14, small: 14, crowded: true },
  { title: 14, body: 14, small: 14, crowded: true },
];
export const MIN_TEXT_PT = 14;
/** Chart axis, legend and value labels: the deck's 24 px text floor on a 1280 px slide, 18 pt (read from the back of a room). */
export const CHART_TEXT_PT = 18;
/** The title slide's title is set a step larger, as the slides set it. */
const TITLE_SLIDE_EXTRA = 4;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Insets {
  readonly x: number;
  readonly y: number;
}

export type Placed =
  | { readonly kind: 'text'; readonly piece: TextPiece; readonly paras: readonly Para[]; readonly name: string; readonly box: Rect; readonly size: number; readonly inset: Insets }
  | { readonly kind: 'picture'; readonly src: string; readonly alt: string; readonly name: string; readonly box: Rect; readonly link?: string }
  | { readonly kind: 'chart'; readonly block: ChartBlock; readonly name: string; readonly box: Rect }
  | { readonly kind: 'table'; readonly table: TableContent; readonly name: string; readonly box: Rect; readonly colW: readonly number[]; readonly rowH: readonly number[]; readonly size: number };

export interface PlannedSlide {
  readonly title: { readonly box: Rect; readonly size: number; readonly inset: Insets };
  /** Everything after the title, in reading order. */
  readonly items: readonly Placed[];
  readonly sizes: Sizes;
}


const INSET = { plain: { x: 4, y: 2 }, frame: { x: 12, y: 10 }, badge: { x: 10, y: 3 } } as const;
export const TABLE_CELL = { x: 6, y: 4 } as const;
const insetOf = (piece: TextPiece): Insets => (piece.frame === 'badge' ? INSET.badge : piece.frame ? INSET.frame : INSET.plain);
export const TITLE_INSET: Insets = INSET.plain;

export const sizeOf = (style: TextStyle, sizes: Sizes): number => (style === 'small' || style === 'byline' ? sizes.small : sizes.body);
/** Hanging indent of a bullet or number, in points. */
export const bulletIndent = (size: number): number => Math.round(size * 1.2);
/** Space above a paragraph that is not the first of its box. */
export const spaceAbove = (p: Para, size: number): number => Math.round((p.space ?? 0.3) * size);

function parasHeight(paras: readonly Para[], inner: number, size: number): number {
  return paras.reduce((h, p, i) => h + lineCount(p.spans, inner - (p.bullet ? bulletIndent(size) : 0), size) * lineHeight(size) + (i > 0 ? spaceAbove(p, size) : 0), 0);
}

function textHeight(piece: TextPiece, paras: readonly Para[], width: number, size: number): number {
  const inset = insetOf(piece);
  return parasHeight(paras, width - 2 * inset.x, size) + 2 * inset.y;
}

/** One line of the text at its natural width, or null if it is more than `max` wide. */
function naturalWidth(piece: TextPiece, size: number, max: number): number | null {
  const inset = insetOf(piece);
  const widest = Math.max(...piece.paras.map((p) => p.spans.reduce((w, s) => w + textWidth(s.text, size, s.bold), 0)));
  const w = Math.ceil(widest + 2 * inset.x + 2);
  return w <= max ? w : null;
}

const textItem = (piece: TextPiece, box: Rect, size: number, paras: readonly Para[] = piece.paras, name = piece.name): Placed => ({ kind: 'text', piece, paras, name, box, size, inset: insetOf(piece) });

/** A laid-out group: its height range and how to place it in a given height. */
interface Measured {
  readonly min: number;
  readonly pref: number;
  place(x: number, y: number, h: number): Placed[];
}

function measureText(piece: TextPiece, width: number, sizes: Sizes): Measured {
  const size = sizeOf(piece.style, sizes);
  // Term-and-definition lists go in two columns, split between entries, left column first.
  const entries = piece.paras.length;
  if (piece.columns && entries >= 6 && width >= WIDE - 1) {
    const colW = (width - COLUMN_GAP) / 2;
    let best = { at: 0, h: Infinity };
    for (let at = 2; at < entries; at += 2) {
      const h = Math.max(textHeight(piece, piece.paras.slice(0, at), colW, size), textHeight(piece, piece.paras.slice(at), colW, size));
      if (h < best.h) best = { at, h };
    }
    const left = piece.paras.slice(0, best.at);
    const right = piece.paras.slice(best.at).map((p, i) => (i === 0 ? { ...p, space: 0 } : p));
    return {
      min: best.h,
      pref: best.h,
      place: (x, y) => [
        textItem(piece, { x, y, w: colW, h: textHeight(piece, left, colW, size) }, size, left, `${piece.name} (column 1)`),
        textItem(piece, { x: x + colW + COLUMN_GAP, y, w: colW, h: textHeight(piece, right, colW, size) }, size, right, `${piece.name} (column 2)`),
      ],
    };
  }
  const h = textHeight(piece, piece.paras, width, size);
  return { min: h, pref: h, place: (x, y) => [textItem(piece, { x, y, w: width, h }, size)] };
}

function measureFigure(group: Extract<BodyGroup, { kind: 'figure' }>, width: number, sizes: Sizes, ratio: number): Measured {
  const size = sizeOf('small', sizes);
  const captionH = textHeight(group.caption, group.caption.paras, width, size);
  const gap = 6;
  const natural = width * ratio;
  const minPicture = Math.min(natural, 150);
  return {
    min: minPicture + gap + captionH,
    pref: natural + gap + captionH,
    place: (x, y, h) => {
      const ph = Math.min(natural, h - gap - captionH);
      const pw = ph / ratio;
      return [
        { kind: 'picture', src: group.src, alt: group.alt, name: `${group.caption.name.replace(/ caption$/, '')}`, box: { x: x + (width - pw) / 2, y, w: pw, h: ph } },
        textItem(group.caption, { x, y: y + ph + gap, w: width, h: captionH }, size),
      ];
    },
  };
}

/**
 * The QR code beside its caption, in one row: a square picture of QR_PT (about 38 mm when the
 * slide is shown 13.3 in wide, or projected larger) and the words beside it.
 */
export const QR_PT = 108;

function measureQr(group: Extract<BodyGroup, { kind: 'qr' }>, width: number, sizes: Sizes): Measured {
  const size = sizeOf('small', sizes);
  const gap = 14;
  const captionW = width - QR_PT - gap;
  const captionH = textHeight(group.caption, group.caption.paras, captionW, size);
  const h = Math.max(QR_PT, captionH);
  return {
    min: h,
    pref: h,
    place: (x, y) => [
      { kind: 'picture', src: group.src, alt: group.alt, name: 'QR code', box: { x, y, w: QR_PT, h: QR_PT }, link: group.url },
      textItem(group.caption, { x: x + QR_PT + gap, y: y + Math.max(0, (QR_PT - captionH) / 2), w: captionW, h: captionH }, size),
    ],
  };
}

/** The chart's own height: legend, one bar per series per row, the value axis. */
function chartHeight(block: ChartBlock): number {
  return 40 + block.rows.length * (block.series.length * 30 + 24) + 30;
}

export function tableLayout(table: TableContent, width: number, size: number): { colW: number[]; rowH: number[] } {
  const columns = table.rows[0]!.length;
  const first = Math.round(width * (columns > 2 ? 0.42 : 0.55));
  const rest = (width - first) / (columns - 1);
  const colW = [first, ...Array.from({ length: columns - 1 }, () => rest)];
  const rowH = table.rows.map((row, r) =>
    Math.max(...row.map((cell, c) => lineCount([{ text: cell, bold: r === 0 }], colW[c]! - 2 * TABLE_CELL.x, size) * lineHeight(size) + 2 * TABLE_CELL.y)),
  );
  return { colW, rowH };
}

function measureChart(group: Extract<BodyGroup, { kind: 'chart' }>, width: number, sizes: Sizes): Measured {
  const size = sizeOf('small', sizes);
  const gap = 10;
  const captionH = textHeight(group.caption, group.caption.paras, width, size);
  const pref = chartHeight(group.block);
  const min = Math.max(150, Math.round(pref * 0.6));
  const name = group.caption.name.replace(/ caption$/, '');
  const sideBySide = width >= WIDE - 1;
  const tableW = sideBySide ? Math.round(width * 0.46) : width;
  const { colW, rowH } = tableLayout(group.table, tableW, size);
  const tableH = rowH.reduce((a, b) => a + b, 0);
  const denH = textHeight(group.denominator, group.denominator.paras, tableW, size);
  const side = tableH + 6 + denH;
  const items = (chart: Rect, table: Rect, den: Rect, caption: Rect): Placed[] => [
    { kind: 'chart', block: group.block, name: `${name} chart`, box: chart },
    { kind: 'table', table: group.table, name: `${name} table`, box: table, colW, rowH, size },
    textItem(group.denominator, den, size),
    textItem(group.caption, caption, size),
  ];
  if (sideBySide) {
    // Chart left, its table right with the denominator under it, the caption under both.
    const chartW = width - tableW - COLUMN_GAP;
    return {
      min: Math.max(min, side) + gap + captionH,
      pref: Math.max(pref, side) + gap + captionH,
      place: (x, y, h) => {
        const top = h - gap - captionH;
        return items(
          { x, y, w: chartW, h: top },
          { x: x + chartW + COLUMN_GAP, y, w: tableW, h: tableH },
          { x: x + chartW + COLUMN_GAP, y: y + tableH + 6, w: tableW, h: denH },
          { x, y: y + top + gap, w: width, h: captionH },
        );
      },
    };
  }
  const below = gap + tableH + 6 + denH + gap + captionH;
  return {
    min: min + below,
    pref: pref + below,
    place: (x, y, h) => {
      const ch = h - below;
      const ty = y + ch + gap;
      return items({ x, y, w: width, h: ch }, { x, y: ty, w: width, h: tableH }, { x, y: ty + tableH + 6, w: width, h: denH }, { x, y: ty + tableH + 6 + denH + gap, w: width, h: captionH });
    },
  };
}

/** Groups one under another from `top`, sharing out spare height to the figures and charts; what each group placed. */
function stack(groups: readonly Measured[], x: number, top: number, bottom: number, gap: number): Placed[][] | null {
  const spare = bottom - top - groups.reduce((s, g) => s + g.min, 0) - gap * Math.max(0, groups.length - 1);
  if (spare < 0) return null;
  let left = spare;
  const heights = groups.map((g) => {
    const extra = Math.min(g.pref - g.min, left);
    left -= extra;
    return g.min + extra;
  });
  let y = top;
  return groups.map((g, i) => {
    const placed = g.place(x, y, heights[i]!);
    y += heights[i]! + gap;
    return placed;
  });
}

export type AspectRatio = (src: string) => number;

function layout(content: SlideContent, sizes: Sizes, ratio: AspectRatio): PlannedSlide | null {
  const titleSize = content.isTitleSlide ? sizes.title + TITLE_SLIDE_EXTRA : sizes.title;
  const titleLines = (w: number) => lineCount([{ text: content.title, bold: true }], w - 2 * TITLE_INSET.x, titleSize);
  const titleH = (w: number) => titleLines(w) * lineHeight(titleSize) + 2 * TITLE_INSET.y;
  const badge = content.header.find((p) => p.frame === 'badge');
  const restOfHeader = content.header.filter((p) => p !== badge);
  const header: Placed[] = [];
  let title: Rect = { x: MARGIN, y: TOP, w: WIDE, h: titleH(WIDE) };
  let y = TOP + title.h;
  if (badge) {
    const size = sizeOf(badge.style, sizes);
    const bw = naturalWidth(badge, size, WIDE * 0.5);
    const bh = textHeight(badge, badge.paras, bw ?? WIDE, size);
    if (bw !== null && titleLines(WIDE - bw - 16) === 1) {
      // Beside a one-line title, on its right, as the slides show it.
      title = { ...title, w: WIDE - bw - 16, h: titleH(WIDE - bw - 16) };
      header.push(textItem(badge, { x: MARGIN + WIDE - bw, y: TOP + Math.max(0, (title.h - bh) / 2), w: bw, h: bh }, size));
      y = TOP + Math.max(title.h, bh);
    } else {
      const w = naturalWidth(badge, size, WIDE) ?? WIDE;
      const h = textHeight(badge, badge.paras, w, size);
      header.push(textItem(badge, { x: MARGIN, y: y + 4, w, h }, size));
      y += 4 + h;
    }
  }
  for (const piece of restOfHeader) {
    const size = sizeOf(piece.style, sizes);
    const h = textHeight(piece, piece.paras, WIDE, size);
    header.push(textItem(piece, { x: MARGIN, y: y + 6, w: WIDE, h }, size));
    y += 6 + h;
  }

  let bottom = BOTTOM;
  let footer: Placed[] = [];
  if (content.sources) {
    const size = sizeOf(content.sources.style, sizes);
    const h = textHeight(content.sources, content.sources.paras, WIDE, size);
    footer = [textItem(content.sources, { x: MARGIN, y: BOTTOM - h, w: WIDE, h }, size)];
    bottom = BOTTOM - h - 10;
  }

  const top = y + Math.round(sizes.body * 0.5);
  const gap = Math.round(sizes.body * 0.5);
  const split = content.layout === 'split' && content.body.some((g) => g.visual) && content.body.some((g) => !g.visual);
  const measure = (g: BodyGroup, w: number): Measured =>
    g.kind === 'text' ? measureText(g.piece, w, sizes) : g.kind === 'figure' ? measureFigure(g, w, sizes, ratio(g.src)) : g.kind === 'qr' ? measureQr(g, w, sizes) : measureChart(g, w, sizes);
  let body: Placed[];
  if (split) {
    // Text left, figures and charts right; reading order stays the compiled order.
    const colW = (WIDE - COLUMN_GAP) / 2;
    const textGroups = content.body.filter((g) => !g.visual);
    const visualGroups = content.body.filter((g) => g.visual);
    const text = stack(textGroups.map((g) => measure(g, colW)), MARGIN, top, bottom, gap);
    const visual = stack(visualGroups.map((g) => measure(g, colW)), MARGIN + colW + COLUMN_GAP, top, bottom, gap);
    if (!text || !visual) return null;
    const placed = new Map<BodyGroup, Placed[]>([...textGroups.map((g, i) => [g, text[i]!] as const), ...visualGroups.map((g, i) => [g, visual[i]!] as const)]);
    body = content.body.flatMap((g) => placed.get(g)!);
  } else {
    const placed = stack(content.body.map((g) => measure(g, WIDE)), MARGIN, top, bottom, gap);
    if (!placed) return null;
    body = placed.flat();
  }
  if (y > bottom) return null;
  return { title: { box: title, size: titleSize, inset: TITLE_INSET }, items: [...header, ...body, ...footer], sizes };
}

/** The first sizes at which the slide fits; throws PptxLayoutError if even 14 pt does not. */
export function planSlide(content: SlideContent, ratio: AspectRatio): PlannedSlide {
  for (const sizes of SIZES) {
    const planned = layout(content, sizes, ratio);
    if (planned) return planned;
  }
  throw new PptxLayoutError(
    `slide ${content.id} does not fit on a PowerPoint slide even with all its text at ${MIN_TEXT_PT} pt. Shorten it or split it in two (npm run check measures the same slide).`,
  );
}
