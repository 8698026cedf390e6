// Each pptxgenjs 4.0.1 defect the post-processing pass repairs, shown on a file pptxgenjs writes
// itself (the defect is there) and after postprocess() (it is gone); then the writer's own rules:
// language tags, decorative pictures, a crowded slide, citations, the palette, checklists.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { runsText } from '../../src/model/runs.ts';
import { compileDeck } from '../../src/model/compile.ts';
import type { CompiledDeck } from '../../src/model/compiled.ts';
import { CHECKBOX, slideContent, spansOf } from '../../src/export/pptx/content.ts';
import { pptxLang } from '../../src/export/pptx/lang.ts';
import { MIN_TEXT_PT } from '../../src/export/pptx/layout.ts';
import { hasGlyph } from '../../src/export/pptx/metrics.ts';
import { postprocess, type PostprocessOptions } from '../../src/export/pptx/postprocess.ts';
import { COLOR, TOKEN_OF } from '../../src/export/pptx/style.ts';
import { planDeck, writePptx } from '../../src/export/pptx/writer.ts';
import overflowDeck, { LONG_TITLE } from '../fixtures/fit/overflow-deck.ts';
import { cases, fixedFigures, FIXED_PNG, Package, zipEntries } from './support/pptx.ts';

/** A small file straight from pptxgenjs: a title placeholder, runs, a list, a table, a chart, notes. */
async function raw(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.defineSlideMaster({ title: 'M', objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 12, h: 0.8 }, text: '' } }] });
  for (let n = 1; n <= 3; n++) {
    const slide = pptx.addSlide({ masterName: 'M' });
    slide.addText(`Slide ${n}`, { placeholder: 'title', x: 0.5, y: 0.3, w: 12, h: 2, lang: 'es-US' });
    slide.addText([{ text: 'Key point: ', options: { bold: true, lang: 'es-US' } }, { text: 'two runs in one paragraph.', options: { lang: 'es-US' } }], { x: 0.5, y: 2.5, w: 6, h: 1 });
    slide.addTable([[{ text: 'Head' }, { text: 'Value' }], [{ text: 'Row' }, { text: '1' }]], { x: 7, y: 2.5, w: 5 });
    slide.addChart(pptx.ChartType.bar, [{ name: 'S', labels: ['a', 'b'], values: [38.2, 38] }], { x: 0.5, y: 4, w: 6, h: 3, lang: 'es-US' });
    slide.addImage({ data: `image/png;base64,${Buffer.from(FIXED_PNG).toString('base64')}`, x: 7, y: 4, w: 1, h: 1, objectName: 'Ornament' });
    slide.addNotes('First paragraph.\nSecond paragraph.');
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

const OPTIONS: PostprocessOptions = {
  lang: 'es-US',
  date: '2026-11-26',
  notes: [1, 2, 3].map(() => ['First paragraph.', 'Second paragraph.']),
  titles: [1, 2, 3].map(() => ({ x: 48, y: 26, w: 864, h: 90 })),
  masterTitle: { x: 48, y: 26, w: 864, h: 60 },
  decorative: [['Ornament'], [], []],
  properties: { title: 'T', author: 'A', subject: 'S', keywords: ['k'], review: 'Not yet reviewed by a clinician.', contentHash: 'abc', edition: 'full', version: '1' },
};

const first = await raw();
// The second file from the same process: pptxgenjs's chart counter has moved on.
const second = await raw();
const before = await Package.open(second);
const after = await Package.open(await postprocess(second, OPTIONS));
const slide = 'ppt/slides/slide1.xml';

describe('pptxgenjs 4.0.1 defects, before and after postprocess()', () => {
  it('phantom slide masters: overrides without a part are dropped', () => {
    const masters = (p: Package) => [...p.text('[Content_Types].xml').matchAll(/PartName="\/(ppt\/slideMasters\/[^"]+)"/g)].map((m) => m[1]!);
    expect(masters(before).filter((m) => !before.has(m)).length).toBeGreaterThan(0);
    expect(masters(after)).toEqual(['ppt/slideMasters/slideMaster1.xml']);
  });

  it('the module-global chart counter: a second deck in one process is numbered from 1 again', async () => {
    const charts = (p: Package) => [...p.files.keys()].filter((n) => /^ppt\/(charts\/chart\d+\.xml|embeddings\/.*\.xlsx)$/.test(n)).sort();
    expect(charts(await Package.open(first))).toContain('ppt/charts/chart1.xml');
    expect(charts(before)).not.toContain('ppt/charts/chart1.xml');
    expect(charts(after)).toEqual(['ppt/charts/chart1.xml', 'ppt/charts/chart2.xml', 'ppt/charts/chart3.xml', 'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx', 'ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx', 'ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx']);
    expect(after.rels(slide).find((r) => r.type === 'chart')?.part).toBe('ppt/charts/chart1.xml');
    expect(after.rels('ppt/charts/chart1.xml').find((r) => r.type === 'package')?.part).toBe('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx');
  });

  it('not reproducible: dates of now, entries stored uncompressed, in its own order', () => {
    expect(zipEntries(before.bytes).some((e) => e.method === 0)).toBe(true);
    expect(before.text('docProps/core.xml')).not.toContain('2026-11-26T00:00:00Z');
    expect(zipEntries(after.bytes).every((e) => e.method === 8 && e.stamp === '2026-11-26 00:00:00')).toBe(true);
    expect(after.text('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:created>');
  });

  it('duplicate shape ids: the table shares an id with a text box; after, ids count up', () => {
    const ids = (p: Package) => [...p.xml(slide).getElementsByTagName('p:cNvPr')].map((n) => Number(n.getAttribute('id')));
    expect(new Set(ids(before)).size).toBeLessThan(ids(before).length);
    expect(ids(after)).toEqual(ids(after).map((_, i) => i + 1));
  });

  it('no table header: <a:tblPr/> is empty; after, firstRow="1"', () => {
    expect(before.text(slide)).toContain('<a:tblPr/>');
    expect(after.text(slide)).toContain('<a:tblPr firstRow="1"/>');
  });

  it('an a:pPr before every run of a paragraph; after, one first', () => {
    const extra = (p: Package) => [...p.xml(slide).getElementsByTagName('a:p')].filter((para) => para.getElementsByTagName('a:pPr').length > 1).length;
    expect(extra(before)).toBeGreaterThan(0);
    expect(extra(after)).toBe(0);
    for (const para of [...after.xml(slide).getElementsByTagName('a:p')]) {
      const pPr = para.getElementsByTagName('a:pPr')[0];
      if (pPr) expect(para.firstChild).toBe(pPr);
    }
  });

  it('en-US in notes, masters, paragraph ends and charts, and altLang on runs; after, the deck’s language only', () => {
    const langs = (p: Package) => new Set([...p.files.keys()].filter((n) => n.endsWith('.xml')).flatMap((n) => [...p.text(n).matchAll(/\s(?:alt)?[lL]ang="([^"]+)"/g)].map((m) => m[1])));
    expect(langs(before)).toEqual(new Set(['en-US', 'es-US']));
    expect(langs(after)).toEqual(new Set(['es-US']));
  });

  it('the title placeholder keeps its layout’s box whatever the slide asks; after, the planned box', () => {
    const box = (p: Package) => /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(p.text(slide))!.slice(1).map(Number);
    expect(box(before)).toEqual([10972800, 731520]);
    expect(box(after)).toEqual([864 * 12700, 90 * 12700]);
    expect(after.text('ppt/slideMasters/slideMaster1.xml')).toMatch(/<p:ph type="title"\/>/);
  });

  it('notes as one run with raw line breaks on a 13.33 in page; after, one paragraph each on a 10 in page', () => {
    const body = (p: Package) => /idx="1"\/>[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(p.text('ppt/notesSlides/notesSlide1.xml'))![1]!;
    expect(body(before).match(/<a:p>/g)).toHaveLength(1);
    expect(body(before)).toMatch(/First paragraph\.\r?\nSecond/);
    expect([...body(after).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(before.text('ppt/presentation.xml')).toContain('<p:notesSz cx="6858000" cy="12192000"/>');
    expect(after.text('ppt/presentation.xml')).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
  });

  it('no "decorative" flag and a file name as alt text; after, the named picture is decorative with an empty descr', () => {
    const pic = (p: Package) => p.xml(slide).getElementsByTagName('p:pic')[0]!.getElementsByTagName('p:cNvPr')[0]!;
    expect(pic(before).getAttribute('descr')).toMatch(/preencoded|\.png$/);
    expect(pic(after).getAttribute('descr')).toBe('');
    expect(pic(after).getElementsByTagName('adec:decorative')[0]?.getAttribute('val')).toBe('1');
    expect(after.text('ppt/slides/slide2.xml')).not.toContain('adec:decorative');
  });
});

describe('the writer', () => {
  const full = cases[0]!.compiled;

  it('names languages as PowerPoint wants them', () => {
    expect([pptxLang('en'), pptxLang('es'), pptxLang('EN'), pptxLang('fr-CA'), pptxLang('zh-Hant-TW')]).toEqual(['en-US', 'es-US', 'en-US', 'fr-CA', 'zh-Hant-TW']);
    expect(() => pptxLang('fr')).toThrow(/meta\.lang "fr": PowerPoint needs a language with its region, e\.g\. "en-US"/);
  });

  it('writes a figure without alt text as a decorative picture', async () => {
    const slides = full.slides.map((s) => ({ ...s, body: s.body.map((b) => (b.type === 'figure' ? { ...b, alt: '' } : b)) }));
    const pkg = await Package.open(await writePptx({ ...full, slides } as CompiledDeck, fixedFigures));
    // The figures' pictures (not the QR code's, which has its label as alt text).
    const pics = pkg.slides().flatMap((s) => [...pkg.xml(s).getElementsByTagName('p:pic')]).filter((pic) => pic.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name') !== 'QR code');
    expect(pics.length).toBeGreaterThan(0);
    for (const pic of pics) {
      const cNvPr = pic.getElementsByTagName('p:cNvPr')[0]!;
      expect(cNvPr.getAttribute('descr')).toBe('');
      expect(cNvPr.getElementsByTagName('adec:decorative')).toHaveLength(1);
    }
  });

  it('draws a percent chart from 0 to 100 with a % format, to the data’s decimals', async () => {
    const slides = full.slides.map((s) => ({ ...s, body: s.body.map((b) => (b.type === 'chart' ? { ...b, unit: 'percent' as const } : b)) }));
    const pkg = await Package.open(await writePptx({ ...full, slides } as CompiledDeck, fixedFigures));
    const chart = pkg.text('ppt/charts/chart1.xml');
    // large-trials holds 38.2 and 21.4: one decimal.
    expect(chart).toMatch(/<c:dLbls>\s*<c:numFmt formatCode="0\.0&quot;%&quot;"/);
    expect(/<c:valAx>[\s\S]*?<c:numFmt formatCode="([^"]+)"/.exec(chart)?.[1]).toBe('0&quot;%&quot;');
    expect(chart).toMatch(/<c:max val="100"\/><c:min val="0"\/>/);
    const slide = pkg.slides().find((s) => pkg.rels(s).some((r) => r.part === 'ppt/charts/chart1.xml'))!;
    expect(pkg.text(slide)).toContain('<a:t>38.2%</a:t>');
  });

  it('sets a crowded slide smaller, never under 14 pt and never off the slide', async () => {
    const compiled = compileDeck({ deck: overflowDeck, figures: new Map([['tmem-doorway.svg', '']]) });
    const plans = planDeck(compiled, fixedFigures);
    const long = compiled.slides.findIndex((s) => s.title === LONG_TITLE);
    expect(plans[long]!.sizes.crowded).toBe(true);
    expect(plans.filter((p) => p.sizes.crowded)).toHaveLength(1);
    const pkg = await Package.open(await writePptx(compiled, fixedFigures));
    for (const s of pkg.slides()) {
      for (const r of [...pkg.xml(s).getElementsByTagName('a:rPr')]) expect(Number(r.getAttribute('sz')) / 100).toBeGreaterThanOrEqual(MIN_TEXT_PT);
      for (const off of [...pkg.xml(s).getElementsByTagName('a:off')]) {
        const ext = (off.parentNode as Element).getElementsByTagName('a:ext')[0]!;
        expect(Number(off.getAttribute('y')) + Number(ext.getAttribute('cy'))).toBeLessThanOrEqual(540 * 12700);
      }
    }
  });

  it('writes citations as "[n]" and tidies spaces exactly as runsText() does', () => {
    let checked = 0;
    for (const slide of full.slides) {
      for (const part of slide.parts) {
        expect(spansOf(part.runs).map((s) => s.text).join('')).toBe(runsText(part.runs, { citations: true }));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(slideContent(full.slides[0]!, full.slides[0]!.title).sources?.paras[0]?.spans.some((s) => /^\[\d+\] /.test(s.text))).toBe(true);
  });

  it('uses the colours of src/theme/tokens.css', () => {
    const tokens = readFileSync(resolve(import.meta.dirname, '../../src/theme/tokens.css'), 'utf8');
    for (const [key, token] of Object.entries(TOKEN_OF)) {
      const value = new RegExp(`${token}:\\s*#([0-9a-f]{6})`, 'i').exec(tokens)?.[1];
      expect(value?.toUpperCase(), token).toBe(COLOR[key as keyof typeof COLOR]);
    }
  });

  it('checks the font for the checklist box: Arial has no "☐", so a checklist gets plain bullets', () => {
    expect(hasGlyph('•')).toBe(true);
    expect(hasGlyph(CHECKBOX)).toBe(false);
    const items = [[{ kind: 'text', text: 'Ask' }]] as const;
    const content = slideContent({ ...full.slides[1]!, body: [{ type: 'list', style: 'checklist', stepwise: false, step: false, items }] }, 'T');
    const group = content.body[0]!;
    expect(group.kind === 'text' && group.piece.paras[0]!.bullet).toBe('bullet');
  });
});
