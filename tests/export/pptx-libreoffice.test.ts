// The PowerPoint file as another program renders it: LibreOffice Impress, headless, to PDF with
// notes pages, then pdftotext page by page. Every slide's title, text and numbers must be on its
// page, inside the box they belong to (text that ran out of its box would be cut out of the crop),
// and the notes on the notes pages. This does not prove PowerPoint opens the file without a repair
// dialog: that stays a manual check.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueTitles } from '../../src/export/pptx/content.ts';
import { figuresUsed, renderFigures } from '../../src/export/pptx/figures.ts';
import { writePptx } from '../../src/export/pptx/writer.ts';
import { compileDeck } from '../../src/model/compile.ts';
import type { CompiledDeck } from '../../src/model/compiled.ts';
import overflowDeck, { LONG_TITLE } from '../fixtures/fit/overflow-deck.ts';
import { CLINIC, compileCase, fixedFigures, input } from './support/pptx.ts';
import { children, Package, paragraphs } from './support/pptx-read.ts';
import { expectedNotes, expectedTexts } from './support/pptx-expect.ts';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const scratch = mkdtempSync(join(tmpdir(), 'deck-pptx-lo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Text with every space, line break and hyphen removed: line wrapping differs, the characters do
 * not (pdftotext drops a hyphen that ends a line, as in a long address broken after "black-").
 */
const squash = (s: string): string => s.replace(/[\s-]+/g, '');

/** LibreOffice's PDF of `pptx`, notes pages after the slides, with a profile of its own. */
function render(pptx: Uint8Array, name: string): { pdf: string; seconds: number } {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const file = join(dir, `${name}.pptx`);
  writeFileSync(file, pptx);
  const started = performance.now();
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}', '--outdir', dir, file],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const seconds = (performance.now() - started) / 1000;
  const pdf = join(dir, `${name}.pdf`);
  // soffice exits 0 even when it could not load the file: the PDF must exist.
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF (exit ${run.status}): ${run.stderr || run.stdout} [${readdirSync(dir).join(', ')}]`);
  expect(run.stderr).not.toMatch(/Error|could not be loaded/);
  return { pdf, seconds };
}

const pageText = (pdf: string, page: number, crop?: { x: number; y: number; w: number; h: number }): string =>
  execFileSync(
    'pdftotext',
    ['-f', String(page), '-l', String(page), ...(crop ? ['-r', '72', '-x', String(Math.floor(crop.x)), '-y', String(Math.floor(crop.y)), '-W', String(Math.ceil(crop.w)), '-H', String(Math.ceil(crop.h))] : []), pdf, '-'],
    { encoding: 'utf8' },
  );

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

type Box = { x: number; y: number; w: number; h: number };
const pt = (a: Element, n: string) => Number(a.getAttribute(n)) / 12700;
/** 1 pt of slack on every side. */
const slack = (b: Box): Box => ({ x: b.x - 1, y: b.y - 1, w: b.w + 2, h: b.h + 2 });

/** Each text shape, and each table cell, of a slide: its box in points and its paragraphs. */
function textBoxes(pkg: Package, slide: string): { box: Box; texts: string[] }[] {
  const tree = pkg.xml(slide).getElementsByTagName('p:spTree')[0]!;
  return children(tree).flatMap((shape) => {
    const texts = paragraphs(shape);
    if (texts.length === 0) return [];
    const off = shape.getElementsByTagName('a:off')[0]!;
    const ext = (off.parentNode as Element).getElementsByTagName('a:ext')[0]!;
    const table = shape.getElementsByTagName('a:tbl')[0];
    if (!table) return [{ box: slack({ x: pt(off, 'x'), y: pt(off, 'y'), w: pt(ext, 'cx'), h: pt(ext, 'cy') }), texts }];
    // A table's cells where its grid puts them: a row LibreOffice had to make taller moves the next ones down.
    const cols = [...table.getElementsByTagName('a:gridCol')].map((c) => pt(c, 'w'));
    let y = pt(off, 'y');
    return [...table.getElementsByTagName('a:tr')].flatMap((tr) => {
      const h = pt(tr, 'h');
      let x = pt(off, 'x');
      const cells = [...tr.getElementsByTagName('a:tc')].map((tc, c) => {
        const cell = { box: slack({ x, y, w: cols[c]!, h }), texts: paragraphs(tc) };
        x += cols[c]!;
        return cell;
      });
      y += h;
      return cells;
    });
  });
}

describe.skipIf(!hasSoffice)(hasSoffice ? 'the PowerPoint file in LibreOffice Impress' : 'LibreOffice is not installed: run bash scripts/setup.sh', () => {
  describe('the full edition, with a clinic’s details and the real figures', () => {
    let compiled: CompiledDeck;
    let pkg: Package;
    let pdf: string;
    beforeAll(async () => {
      compiled = compileCase('full', CLINIC);
      const figures = await renderFigures(figuresUsed(compiled), input.figures);
      const bytes = await writePptx(compiled, figures);
      pkg = await Package.open(bytes);
      const rendered = render(bytes, 'deck');
      pdf = rendered.pdf;
      console.log(`LibreOffice rendered ${compiled.slides.length} slides and their notes pages in ${rendered.seconds.toFixed(1)} s`);
    }, 300_000);

    it('renders one page per slide, then one notes page per slide', () => {
      expect(pageCount(pdf)).toBe(2 * compiled.slides.length);
    });

    it('shows every slide’s title, text and numbers on its page', () => {
      const titles = uniqueTitles(compiled);
      compiled.slides.forEach((slide, i) => {
        const text = squash(pageText(pdf, i + 1));
        for (const part of expectedTexts(slide, titles[i]!)) expect(text, `slide ${i + 1} (${slide.id}): ${part}`).toContain(squash(part));
        for (const block of slide.body) {
          // The chart's own value labels, whole numbers as drawn on the bars.
          if (block.type === 'chart') for (const row of block.rows) for (const v of row.values) expect(pageText(pdf, i + 1)).toMatch(new RegExp(`(^|\\s)${Math.round(v)}(\\s|$)`, 'm'));
        }
      });
    });

    it('draws each text box’s words inside that box', () => {
      pkg.slides().forEach((slide, i) => {
        for (const { box, texts } of textBoxes(pkg, slide)) {
          const inside = squash(pageText(pdf, i + 1, box));
          for (const t of texts) expect(inside, `slide ${i + 1}: "${t}" runs out of its box ${JSON.stringify(box)}`).toContain(squash(t));
        }
      });
    });

    it('shows every slide’s speaker notes on its notes page', () => {
      compiled.slides.forEach((slide, i) => {
        const text = squash(pageText(pdf, compiled.slides.length + i + 1));
        for (const p of expectedNotes(slide)) expect(text, `notes of ${slide.id}: ${p.slice(0, 60)}`).toContain(squash(p));
      });
    });
  });

  it('keeps a crowded slide readable: the whole long title and its body on the page, inside their boxes', async () => {
    const compiled = compileDeck({ deck: overflowDeck, figures: new Map([['tmem-doorway.svg', '']]) });
    const bytes = await writePptx(compiled, fixedFigures);
    const { pdf } = render(bytes, 'crowded');
    const pkg = await Package.open(bytes);
    const at = compiled.slides.findIndex((s) => s.title === LONG_TITLE);
    const slide = pkg.slides()[at]!;
    for (const { box, texts } of textBoxes(pkg, slide)) {
      const inside = squash(pageText(pdf, at + 1, box));
      for (const t of texts) expect(inside).toContain(squash(t));
    }
    expect(squash(pageText(pdf, at + 1))).toContain(squash(LONG_TITLE));
  }, 300_000);
});
