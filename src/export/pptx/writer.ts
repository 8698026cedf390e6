// writePptx(): the compiled deck as an editable PowerPoint file. Pure: the compiled model and the
// figures' PNG bytes in, the file's bytes out (figures.ts renders the PNGs; the CLI writes the file).
//
// pptxgenjs builds the slides from the model (content.ts says what, layout.ts where and how big):
// a master whose title placeholder holds every slide's title, real text boxes with real bullets
// and numbers, callouts as filled shapes whose text starts with its label, native bar charts with
// their data, real tables, pictures with their alt text, speaker notes, in reading order (the
// order of p:spTree is the order shapes are added). Then postprocess.ts repairs what pptxgenjs
// gets wrong and makes the bytes reproducible.

import PptxGenJS from 'pptxgenjs';
import type { CompiledDeck, CompiledSlide } from '../../model/compiled.ts';
import type { Lang } from '../../model/locales.ts';
import { reviewStatement } from '../../model/compile.ts';
import { toPngBuffer } from 'lean-qr/extras/node_export';
import { qrCode, QUIET_ZONE } from '../../render/qr.ts';
import { qrPictureKey, slideContent, uniqueTitles, type Para } from './content.ts';
import { PptxFigureError } from './errors.ts';
import { pptxLang } from './lang.ts';
import { bulletIndent, CHART_TEXT_PT, MASTER_TITLE, planSlide, spaceAbove, TABLE_CELL, type Placed, type PlannedSlide, type Rect } from './layout.ts';
import { postprocess } from './postprocess.ts';
import { COLOR, FONT, FRAME, SERIES_COLORS } from './style.ts';
import { pptxWords } from './words.ts';

/** A figure rendered to PNG: its bytes and its size in pixels (for the aspect ratio). */
export interface FigureImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Figure file name (the block's `src`) → its PNG. */
export type FigureImages = ReadonlyMap<string, FigureImage>;

/** The slide master (PowerPoint lists it under this name in View › Slide Master). */
const MASTER = 'Deck';

const inches = (pt: number): number => Math.round((pt / 72) * 10000) / 10000;
const position = (r: Rect) => ({ x: inches(r.x), y: inches(r.y), w: inches(r.w), h: inches(r.h) });

/** The speaker notes as paragraphs: what to say, then the question and its answer. */
export function notesParagraphs(slide: CompiledSlide, first: boolean, lang: Lang = 'en'): string[] {
  const w = pptxWords(lang);
  return [...slide.notes.say, `${w.question} ${slide.notes.question}`, `${w.answer} ${slide.notes.answer}`, ...(first ? [w.aboutThisFile.join(' ')] : [])];
}

/** Paragraphs as pptxgenjs text runs: paragraph options on a paragraph's first run, a break after its last. */
function runs(paras: readonly Para[], size: number, color: string, lang: string): PptxGenJS.TextProps[] {
  return paras.flatMap((p, i) =>
    p.spans.map((span, j): PptxGenJS.TextProps => {
      const indent = bulletIndent(size);
      const bullet = p.bullet === 'number' ? { type: 'number' as const, indent } : p.bullet === 'check' ? { characterCode: '2610', indent } : p.bullet ? { indent } : undefined;
      return {
        text: span.text,
        options: {
          lang,
          fontFace: FONT,
          fontSize: size,
          color: span.link ? COLOR.accent : color,
          ...(span.bold ? { bold: true } : {}),
          ...(span.italic ? { italic: true } : {}),
          ...(span.link ? { hyperlink: { url: span.link } } : {}),
          ...(j === 0 && bullet ? { bullet } : {}),
          ...(j === 0 && i > 0 ? { paraSpaceBefore: spaceAbove(p, size) } : {}),
          ...(j === p.spans.length - 1 && i < paras.length - 1 ? { breakLine: true } : {}),
        },
      };
    }),
  );
}

function addItem(pptx: PptxGenJS, slide: PptxGenJS.Slide, item: Placed, figures: FigureImages, lang: string): void {
  switch (item.kind) {
    case 'text': {
      const frame = item.piece.frame ? FRAME[item.piece.frame] : undefined;
      const color = item.piece.style === 'small' && !frame ? COLOR.inkSoft : COLOR.ink;
      slide.addText(runs(item.paras, item.size, color, lang), {
        ...position(item.box),
        objectName: item.name,
        // [left, right, bottom, top] in points.
        margin: [item.inset.x, item.inset.x, item.inset.y, item.inset.y],
        valign: 'top',
        fit: 'none',
        wrap: true,
        lang,
        ...(frame
          ? {
              shape: item.piece.frame === 'badge' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect,
              ...(item.piece.frame === 'badge' ? { rectRadius: 0.12 } : {}),
              fill: { color: frame.fill },
              line: { color: frame.line, width: item.piece.frame === 'badge' ? 1.5 : 2 },
            }
          : { isTextBox: true }),
      });
      return;
    }
    case 'picture': {
      const image = figures.get(item.src);
      if (!image) throw new PptxFigureError(`slides/figures/${item.src} has no rendered picture: render the figures (figures.ts) before writing the PowerPoint file.`);
      slide.addImage({
        data: `image/png;base64,${Buffer.from(image.png).toString('base64')}`,
        ...position(item.box),
        // The figure's own alt text; never a file name (pptxgenjs's fallback). An empty alt marks
        // a decorative picture, which postprocess.ts flags as such.
        altText: item.alt,
        objectName: item.name,
        ...(item.link ? { hyperlink: { url: item.link } } : {}),
      });
      return;
    }
    case 'chart': {
      const { block } = item;
      const per100 = block.unit === 'per-100';
      // Whole numbers for "N in 100"; for percentages, as many decimals as the data has.
      const decimals = per100 ? 0 : Math.max(0, ...block.rows.flatMap((r) => r.values.map((v) => (String(v).split('.')[1] ?? '').length)));
      const number = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
      slide.addChart(
        pptx.ChartType.bar,
        block.series.map((name, s) => ({ name, labels: block.rows.map((r) => r.label), values: block.rows.map((r) => r.values[s]!) })),
        {
          ...position(item.box),
          objectName: item.name,
          altText: block.alt,
          lang,
          barDir: 'bar',
          barGrouping: 'clustered',
          barGapWidthPct: 60,
          // First row at the top, as in the table beside it.
          catAxisOrientation: 'maxMin' as 'minMax',
          chartColors: [...SERIES_COLORS],
          // Never let the axis start near the smallest value (38.2 against 38.0 looked 4× apart).
          valAxisMinVal: 0,
          valAxisMaxVal: 100,
          valAxisMajorUnit: 20,
          valAxisLabelFormatCode: per100 ? '0' : '0"%"',
          showValue: true,
          dataLabelPosition: 'outEnd',
          dataLabelFormatCode: per100 ? number : `${number}"%"`,
          dataLabelFontSize: CHART_TEXT_PT,
          dataLabelFontFace: FONT,
          dataLabelColor: COLOR.ink,
          showLegend: true,
          legendPos: 't',
          legendFontSize: CHART_TEXT_PT,
          legendFontFace: FONT,
          legendColor: COLOR.ink,
          catAxisLabelFontSize: CHART_TEXT_PT,
          catAxisLabelFontFace: FONT,
          catAxisLabelColor: COLOR.ink,
          valAxisLabelFontSize: CHART_TEXT_PT,
          valAxisLabelFontFace: FONT,
          valAxisLabelColor: COLOR.ink,
          valGridLine: { color: 'D9D9D9', size: 0.75 },
        },
      );
      return;
    }
    case 'table': {
      const rows = item.table.rows.map((row, r) =>
        row.map((cell) => ({
          text: cell,
          options: { bold: r === 0, ...(r === 0 ? { fill: { color: COLOR.neutralTint } } : {}), lang },
        })),
      );
      slide.addTable(rows, {
        ...position(item.box),
        colW: item.colW.map(inches),
        rowH: item.rowH.map(inches),
        objectName: item.name,
        fontFace: FONT,
        fontSize: item.size,
        color: COLOR.ink,
        valign: 'top',
        // [top, right, bottom, left] in points.
        margin: [TABLE_CELL.y, TABLE_CELL.x, TABLE_CELL.y, TABLE_CELL.x],
        border: { type: 'solid', pt: 1, color: COLOR.rule },
      });
      return;
    }
  }
}

/** Each slide's plan (sizes and places), for the writer and for reporting crowded slides. */
export function planDeck(compiled: CompiledDeck, figures: FigureImages): PlannedSlide[] {
  const titles = uniqueTitles(compiled);
  const ratio = (src: string): number => {
    const image = figures.get(src);
    if (!image) throw new PptxFigureError(`slides/figures/${src} has no rendered picture: render the figures (figures.ts) before writing the PowerPoint file.`);
    return image.height / image.width;
  };
  return compiled.slides.map((slide, i) => planSlide(slideContent(slide, titles[i]!, compiled.lang), ratio));
}

/**
 * The QR codes the deck shows (slides/local.ts readingViewUrl), as PNG pictures keyed as content.ts
 * names them: error correction M, as on screen, 4-module quiet zone, 10 px a module (crisp at any
 * size PowerPoint shows it); lean-qr writes the PNG, the same bytes every time.
 */
function qrPictures(compiled: CompiledDeck): Map<string, FigureImage> {
  const pictures = new Map<string, FigureImage>();
  for (const block of compiled.slides.flatMap((s) => s.body)) {
    if (block.type !== 'reading-view' || !block.qr) continue;
    const code = qrCode(block.qr.url, 'M');
    const side = (code.size + 2 * QUIET_ZONE) * QR_PNG_SCALE;
    pictures.set(qrPictureKey(block.qr.url), { png: toPngBuffer(code, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: QUIET_ZONE, scale: QR_PNG_SCALE }), width: side, height: side });
  }
  return pictures;
}

const QR_PNG_SCALE = 10;

export async function writePptx(compiled: CompiledDeck, given: FigureImages): Promise<Uint8Array> {
  const lang = pptxLang(compiled.meta.lang);
  const titles = uniqueTitles(compiled);
  const figures: FigureImages = new Map([...given, ...qrPictures(compiled)]);
  const plans = planDeck(compiled, figures);

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.title = compiled.meta.title;
  pptx.author = compiled.meta.author;
  pptx.subject = compiled.meta.description;
  pptx.company = compiled.local.organization ?? compiled.meta.author;
  pptx.defineSlideMaster({
    title: MASTER,
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', ...position(MASTER_TITLE), fontFace: FONT, fontSize: 36, bold: true, color: COLOR.accent, valign: 'top', lang },
          text: '',
        },
      },
    ],
  });

  compiled.slides.forEach((slide, i) => {
    const plan = plans[i]!;
    const s = pptx.addSlide({ masterName: MASTER });
    s.addText([{ text: titles[i]!, options: { lang, fontFace: FONT, fontSize: plan.title.size, bold: true, color: COLOR.accent } }], {
      placeholder: 'title',
      ...position(plan.title.box),
      margin: [plan.title.inset.x, plan.title.inset.x, plan.title.inset.y, plan.title.inset.y],
      valign: 'top',
      fit: 'none',
      lang,
    });
    for (const item of plan.items) addItem(pptx, s, item, figures, lang);
    // Plain text here; postprocess.ts rewrites it as one paragraph each, in the deck's language.
    s.addNotes(notesParagraphs(slide, i === 0, compiled.lang).join('\n'));
  });

  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return postprocess(raw, {
    lang,
    date: compiled.meta.date,
    notes: compiled.slides.map((slide, i) => notesParagraphs(slide, i === 0, compiled.lang)),
    titles: plans.map((plan) => plan.title.box),
    masterTitle: MASTER_TITLE,
    decorative: plans.map((plan) => plan.items.flatMap((item) => (item.kind === 'picture' && item.alt.trim() === '' ? [item.name] : []))),
    properties: {
      title: compiled.meta.title,
      author: compiled.meta.author,
      // A translation says it has not been reviewed (or who reviewed it) beside the clinical review.
      subject: [compiled.meta.description, ...(compiled.translation ? [compiled.translation.statement] : [])].join(' '),
      keywords: compiled.translation ? [...compiled.meta.keywords, compiled.translation.statement] : compiled.meta.keywords,
      review: [reviewStatement(compiled.review, compiled.lang), ...(compiled.translation ? [compiled.translation.statement] : [])].join(' '),
      contentHash: compiled.contentHash,
      edition: compiled.edition,
      version: compiled.meta.version,
    },
  });
}
