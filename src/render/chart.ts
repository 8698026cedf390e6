// A horizontal grouped bar chart drawn as SVG from the numbers, with the same numbers as a table.
// Series differ by pattern as well as shade, so the chart reads in greyscale print.
// A screen reader meets the chart once as an image (its alt text) and then the table, captioned by
// what the numbers count; the SVG's drawn labels are hidden from the accessibility tree.

import type { CompiledBlock } from '../model/compiled.ts';
import type { Lang } from '../model/locales.ts';
import { showNumber } from '../model/numbers.ts';
import { UI } from '../model/ui/index.ts';
import type { RenderContext } from './context.ts';
import { el, svgEl } from './dom.ts';
import { captionedFigure, WIDTH_IN_LABELS } from './figure.ts';
import { renderText } from './inline.ts';
import { CLASS } from './markup.ts';
import { PAGE_ID } from '../model/page-ids.ts';

/** How a value is written on the bars and in the table. */
type ChartBlock = Extract<CompiledBlock, { type: 'chart' }>;

/** Through showNumber, as the text shows a fact's number: a share of 0.4 is "less than 1 in 100", never "0 in 100". */
export function formatValue(value: number, unit: ChartBlock['unit'], lang: Lang = 'en'): string {
  return showNumber({ value, unit }, lang);
}

// Geometry in SVG user units; the SVG is drawn at 1 unit = 1 CSS px of the slide canvas.
const WIDTH = 600;
const FONT = 24;
const BAR = 30;
const BAR_GAP = 6;
const ROW_GAP = 18;
const LABEL_ROOM = 150; // space right of the longest bar for its value label
const LEGEND_ROW = 36;
const LINE = 30; // a label's line height
/**
 * A row label's longest line, in characters: drawn text does not reflow, and with a reader's text
 * spacing (WCAG 1.4.12: letters 0.12 em and words 0.16 em apart, about 1.4× as wide) a line of
 * 32 characters still stays inside the WIDTH units (measured by src/present/fit-measure.ts, in
 * tests/browser/text-spacing.test.ts). A longer label is wrapped at spaces.
 */
const LABEL_LINE_CHARS = 32;

/** Greedy wrap at spaces into lines of at most `max` characters (a longer word stays whole). */
function wrapLabel(label: string, max = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function renderChart(block: ChartBlock, ctx: RenderContext, index: number): HTMLElement {
  const { doc } = ctx;
  const lang = ctx.deck.lang;
  const prefix = PAGE_ID.chart(ctx.slideId, index);
  const barMax = WIDTH - LABEL_ROOM;
  const parts: SVGElement[] = [];

  const defs = svgEl(doc, 'defs', {}, [
    svgEl(doc, 'pattern', { id: `${prefix}-hatch`, patternUnits: 'userSpaceOnUse', width: 12, height: 12, patternTransform: 'rotate(45)' }, [
      svgEl(doc, 'rect', { width: 12, height: 12, class: 'hatch-bg' }),
      svgEl(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: 12, class: 'hatch-line' }),
    ]),
  ]);
  const fillOf = (s: number) => (s === 1 ? `url(#${prefix}-hatch)` : undefined);

  let y = 0;
  block.series.forEach((name, s) => {
    parts.push(
      svgEl(doc, 'rect', { x: 0, y: y + 4, width: 28, height: 28, class: `bar series-${s}`, fill: fillOf(s) }),
      svgEl(doc, 'text', { x: 40, y: y + 27, class: 'legend' }, [name]),
    );
    y += LEGEND_ROW;
  });
  y += ROW_GAP / 2;

  for (const row of block.rows) {
    const lines = wrapLabel(row.label);
    parts.push(
      svgEl(
        doc,
        'text',
        { x: 0, y: y + FONT, class: 'row-label' },
        lines.length === 1 ? [row.label] : lines.map((line, i) => svgEl(doc, 'tspan', { x: 0, dy: i === 0 ? 0 : LINE }, [i < lines.length - 1 ? `${line} ` : line])) // the space: its words read apart when copied,
      ),
    );
    y += FONT + 10 + (lines.length - 1) * LINE;
    row.values.forEach((value, s) => {
      const w = Math.max(2, (value / 100) * barMax);
      parts.push(
        svgEl(doc, 'rect', { x: 0, y, width: w.toFixed(1), height: BAR, class: `bar series-${s}`, fill: fillOf(s) }),
        svgEl(doc, 'text', { x: (w + 10).toFixed(1), y: y + BAR - 8, class: 'value' }, [formatValue(value, block.unit, lang)]),
      );
      y += BAR + BAR_GAP;
    });
    y += ROW_GAP;
  }
  const height = Math.ceil(y - ROW_GAP);

  const svg = svgEl(
    doc,
    'svg',
    // Its own font size: the labels are laid out for FONT units, whatever the page's text size.
    { class: 'chart-svg', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, 'font-size': FONT, role: 'img', focusable: 'false' },
    // The <title> alone names the image (as svgImage in figure.ts does); the drawing is hidden.
    [svgEl(doc, 'title', {}, [block.alt]), svgEl(doc, 'g', { 'aria-hidden': 'true' }, [defs, ...parts])],
  );

  const table = el(doc, 'table', { class: CLASS.chartTable }, [
    el(doc, 'caption', { class: 'chart-denominator' }, [block.denominator]),
    el(doc, 'thead', {}, [
      el(doc, 'tr', {}, [el(doc, 'th', { scope: 'col' }, [UI[lang].chart.counted]), ...block.series.map((s) => el(doc, 'th', { scope: 'col' }, [s]))]),
    ]),
    el(
      doc,
      'tbody',
      {},
      block.rows.map((row) =>
        el(doc, 'tr', {}, [el(doc, 'th', { scope: 'row' }, [row.label]), ...row.values.map((v) => el(doc, 'td', {}, [formatValue(v, block.unit, lang)]))]),
      ),
    ),
  ]);

  return captionedFigure(
    doc,
    { class: CLASS.chart },
    `${prefix}-caption`,
    [el(doc, 'div', { class: 'chart-body', style: `${WIDTH_IN_LABELS}: ${WIDTH / FONT}` }, [svg, el(doc, 'div', { class: 'chart-data' }, [table])])],
    renderText(block.caption, ctx),
  );
}
