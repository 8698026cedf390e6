// The PowerPoint file of the real deck, read back part by part: every edition (with a clinic's
// details, so every kind of link is there), the deck as shipped and a Spanish-language compile.
// The pure writer gets fixed PNG bytes for the figures; one test runs the real figure renderer.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewStatement } from '../../src/model/compile.ts';
import { figuresUsed, renderFigures } from '../../src/export/pptx/figures.ts';
import { uniqueTitles } from '../../src/export/pptx/content.ts';
import { build, cases, children, compileCase, CLINIC, input, Package, paragraphs, sha256, zipEntries, type Case } from './support/pptx.ts';
import { expectedNotes, expectedTexts } from './support/pptx-expect.ts';

const EMU_PER_PT = 12700;
const SLIDE_EMU = { cx: 960 * EMU_PER_PT, cy: 540 * EMU_PER_PT };
const langOf = (c: Case) => (c.compiled.meta.lang === 'es' ? 'es-US' : 'en-US');

describe.each(cases)('the PowerPoint file: $name', (c) => {
  let pkg: Package;
  let slides: string[];
  beforeAll(async () => {
    pkg = await Package.open(await build(c.compiled));
    slides = pkg.slides();
  });

  it('has one slide per compiled slide, and every part it names exists', () => {
    expect(slides).toHaveLength(c.compiled.slides.length);
    const types = pkg.xml('[Content_Types].xml');
    for (const o of [...types.getElementsByTagName('Override')]) expect(pkg.has(o.getAttribute('PartName')!.slice(1)), o.getAttribute('PartName')!).toBe(true);
    expect([...types.getElementsByTagName('Override')].filter((o) => /slideMaster/.test(o.getAttribute('PartName')!))).toHaveLength(1);
    for (const name of [...pkg.files.keys()].filter((n) => n.endsWith('.rels'))) {
      const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
      for (const r of pkg.rels(source)) if (!r.external) expect(pkg.has(r.part!), `${name} → ${r.target}`).toBe(true);
    }
  });

  it('gives every slide one title placeholder, non-empty and unique, holding the compiled title', () => {
    const titles = slides.map((slide, i) => {
      const ph = [...pkg.xml(slide).getElementsByTagName('p:ph')].filter((p) => p.getAttribute('type') === 'title');
      expect(ph, slide).toHaveLength(1);
      const sp = ph[0]!.parentNode!.parentNode!.parentNode as Element;
      const text = paragraphs(sp).join(' ');
      expect(text.startsWith(c.compiled.slides[i]!.title), `${slide}: ${text}`).toBe(true);
      return text;
    });
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(uniqueTitles(c.compiled));
  });

  it('reads, in p:spTree order, exactly what the compiled slide says in reading order', () => {
    const titles = uniqueTitles(c.compiled);
    slides.forEach((slide, i) => {
      const tree = pkg.xml(slide).getElementsByTagName('p:spTree')[0]!;
      const actual = children(tree).flatMap((shape) => (shape.localName === 'sp' || shape.localName === 'graphicFrame' ? paragraphs(shape) : []));
      expect(actual, slide).toEqual(expectedTexts(c.compiled.slides[i]!, titles[i]!, c.compiled.lang));
    });
  });

  it('has speaker notes on every slide: the say paragraphs, then the question and the answer', () => {
    slides.forEach((slide, i) => {
      const notes = pkg.rels(slide).find((r) => r.type === 'notesSlide')!.part!;
      const body = [...pkg.xml(notes).getElementsByTagName('p:sp')].find((sp) => [...sp.getElementsByTagName('p:ph')].some((p) => p.getAttribute('type') === 'body'))!;
      const expected = expectedNotes(c.compiled.slides[i]!, c.compiled.lang).map((p) => p.replace(/\s+/g, ' ').trim());
      if (i > 0) expect(paragraphs(body), notes).toEqual(expected);
      else {
        // The first slide's notes end by saying what an edited copy loses.
        expect(paragraphs(body).slice(0, -1)).toEqual(expected);
        expect(paragraphs(body).at(-1)).toMatch(c.compiled.lang === 'es' ? /ya no la revisa npm run check.*sigue siendo la fuente/ : /no longer checked by npm run check.*source of truth/);
      }
    });
  });

  it('gives every picture its figure’s alt text (never a file name), in order', () => {
    // Figures, and the QR code to the reading view (with readingViewUrl set) by its label.
    const alts = c.compiled.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' ? [b.alt] : b.type === 'reading-view' && b.qr ? [b.qr.label] : [])));
    const descr = slides.flatMap((slide) => [...pkg.xml(slide).getElementsByTagName('p:pic')].map((pic) => pic.getElementsByTagName('p:cNvPr')[0]!.getAttribute('descr') ?? ''));
    expect(descr).toEqual(alts);
    for (const d of descr) expect(d).not.toMatch(/\.(png|jpe?g|svg|gif)$|preencoded|^$/i);
  });

  it('marks the header row of every table (a:tblPr firstRow="1")', () => {
    const tables = slides.flatMap((slide) => [...pkg.xml(slide).getElementsByTagName('a:tbl')]);
    expect(tables.length).toBe(c.compiled.slides.flatMap((s) => s.body.filter((b) => b.type === 'chart')).length);
    for (const t of tables) expect(t.getElementsByTagName('a:tblPr')[0]!.getAttribute('firstRow')).toBe('1');
  });

  it('draws each chart natively from the compiled numbers, its value axis from 0 to 100', () => {
    const charts = c.compiled.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'chart' ? [b] : [])));
    const parts = slides.flatMap((slide) => pkg.rels(slide).filter((r) => r.type === 'chart').map((r) => r.part!));
    expect(parts).toEqual(charts.map((_, i) => `ppt/charts/chart${i + 1}.xml`));
    charts.forEach((block, i) => {
      const chart = pkg.xml(parts[i]!);
      const series = [...chart.getElementsByTagName('c:ser')];
      expect(series.map((s) => s.getElementsByTagName('c:tx')[0]!.getElementsByTagName('c:v')[0]!.textContent)).toEqual(block.series);
      series.forEach((s, k) => {
        const values = [...s.getElementsByTagName('c:val')[0]!.getElementsByTagName('c:v')].map((v) => Number(v.textContent));
        expect(values).toEqual(block.rows.map((r) => r.values[k]));
        expect([...s.getElementsByTagName('c:cat')[0]!.getElementsByTagName('c:v')].map((v) => v.textContent)).toEqual(block.rows.map((r) => r.label));
      });
      const scaling = chart.getElementsByTagName('c:valAx')[0]!.getElementsByTagName('c:scaling')[0]!;
      expect(scaling.getElementsByTagName('c:min')[0]!.getAttribute('val')).toBe('0');
      expect(scaling.getElementsByTagName('c:max')[0]!.getAttribute('val')).toBe('100');
      const label = chart.getElementsByTagName('c:dLbls')[0]!.getElementsByTagName('c:numFmt')[0]!.getAttribute('formatCode');
      expect(label).toBe(block.unit === 'per-100' ? '0' : expect.stringContaining('"%"'));
      expect(chart.getElementsByTagName('c:showVal')[0]!.getAttribute('val')).toBe('1');
    });
    const frames = slides.flatMap((slide) => [...pkg.xml(slide).getElementsByTagName('p:graphicFrame')].filter((f) => f.getElementsByTagName('c:chart').length > 0));
    expect(frames.map((f) => f.getElementsByTagName('p:cNvPr')[0]!.getAttribute('descr'))).toEqual(charts.map((b) => b.alt));
  });

  it(`says ${c.compiled.meta.lang === 'es' ? 'es-US' : 'en-US'} in every lang attribute of every part, and no other language`, () => {
    const lang = langOf(c);
    for (const name of [...pkg.files.keys()].filter((n) => n.endsWith('.xml'))) {
      const text = pkg.text(name);
      for (const m of text.matchAll(/\s(?:lang|altLang)="([^"]*)"/g)) expect(m[1], name).toBe(lang);
      if (name.startsWith('ppt/')) {
        for (const m of text.matchAll(/<a:(?:rPr|endParaRPr|defRPr)\b[^>]*>/g)) expect(m[0], name).toContain(`lang="${lang}"`);
      }
      if (/charts\/chart\d+\.xml$/.test(name)) expect(text).toContain(`<c:lang val="${lang}"/>`);
    }
    expect(pkg.text('docProps/core.xml')).toContain(`<dc:language>${lang}</dc:language>`);
    if (lang !== 'en-US') {
      for (const [name, data] of pkg.files) {
        const texts = name.endsWith('.xlsx') ? [...pkg.nested(name).values()] : [new TextDecoder().decode(data)];
        for (const t of texts) expect(t.includes('en-US'), `${name} says en-US`).toBe(false);
      }
    }
  });

  it('links only to external https:// addresses, and every source with a DOI is linked', () => {
    const targets = new Set<string>();
    for (const slide of slides) {
      const rels = pkg.rels(slide);
      for (const r of rels.filter((r) => r.type === 'hyperlink')) {
        expect(r.external, `${slide} ${r.target}`).toBe(true);
        expect(r.target).toMatch(/^https:\/\//);
        targets.add(r.target);
      }
      for (const click of [...pkg.xml(slide).getElementsByTagName('a:hlinkClick')]) {
        expect(rels.find((r) => r.id === click.getAttribute('r:id'))?.type, slide).toBe('hyperlink');
      }
    }
    for (const { source } of c.compiled.sources) if (source.doi) expect(targets).toContain(`https://doi.org/${source.doi}`);
    if (c.compiled.local.readingViewUrl) expect([...targets].some((t) => t.startsWith(`${c.compiled.local.readingViewUrl}#`))).toBe(true);
  });

  it('numbers shapes uniquely on each slide and keeps every shape inside the slide, text boxes apart', () => {
    for (const slide of slides) {
      const ids = [...pkg.xml(slide).getElementsByTagName('p:cNvPr')].map((n) => n.getAttribute('id'));
      expect(new Set(ids).size, slide).toBe(ids.length);
      const boxes = [...pkg.xml(slide).getElementsByTagName('a:off')].map((off) => {
        const ext = (off.parentNode as Element).getElementsByTagName('a:ext')[0]!;
        return { x: Number(off.getAttribute('x')), y: Number(off.getAttribute('y')), cx: Number(ext.getAttribute('cx')), cy: Number(ext.getAttribute('cy')) };
      });
      for (const b of boxes.filter((b) => b.cx > 0)) {
        expect(b.x >= 0 && b.y >= 0 && b.x + b.cx <= SLIDE_EMU.cx && b.y + b.cy <= SLIDE_EMU.cy, `${slide} ${JSON.stringify(b)}`).toBe(true);
      }
      const apart = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.x + a.cx <= b.x || b.x + b.cx <= a.x || a.y + a.cy <= b.y || b.y + b.cy <= a.y;
      const shown = boxes.filter((b) => b.cx > 0);
      shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => expect(apart(a, b), `${slide}: ${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true)));
    }
  });

  it('sets titles at 32 pt or more, body text at 20 pt or more and nothing under 14 pt', () => {
    for (const slide of slides) {
      for (const sp of [...pkg.xml(slide).getElementsByTagName('p:sp')]) {
        const name = sp.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name')!;
        const sizes = [...sp.getElementsByTagName('a:rPr')].map((r) => Number(r.getAttribute('sz')) / 100);
        const isTitle = [...sp.getElementsByTagName('p:ph')].some((p) => p.getAttribute('type') === 'title');
        const floor = isTitle ? 32 : /^(paragraph|list|callout|glossary|deck-info|contact) /.test(name) ? 20 : 14;
        for (const sz of sizes) expect(sz, `${slide} ${name}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });

  it('carries the document properties: title, author, subject, keywords, language, the review and the content hash', () => {
    const { meta } = c.compiled;
    const core = pkg.xml('docProps/core.xml');
    const get = (tag: string) => core.getElementsByTagName(tag)[0]?.textContent;
    expect(get('dc:title')).toBe(meta.title);
    expect(get('dc:creator')).toBe(meta.author);
    expect(get('dc:subject')).toBe(meta.description);
    expect(get('cp:keywords')).toBe(meta.keywords.join(', '));
    expect(get('dc:description')).toBe(`${reviewStatement(c.compiled.review, c.compiled.lang)} Content hash (SHA-256): ${c.compiled.contentHash}.`);
    expect(get('dcterms:created')).toBe(`${meta.date}T00:00:00Z`);
    expect(get('dcterms:modified')).toBe(`${meta.date}T00:00:00Z`);
    const custom = new Map([...pkg.xml('docProps/custom.xml').getElementsByTagName('property')].map((p) => [p.getAttribute('name'), p.textContent]));
    expect(custom.get('ClinicalReview')).toBe(reviewStatement(c.compiled.review, c.compiled.lang));
    expect(custom.get('ContentHash')).toBe(c.compiled.contentHash);
    expect(pkg.rels('').some((r) => r.type === 'custom-properties' && r.part === 'docProps/custom.xml')).toBe(true);
  });

  it('is a sorted, DEFLATE-compressed zip dated with the deck’s date, its chart workbooks too', () => {
    const entries = zipEntries(pkg.bytes);
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
    for (const e of entries) {
      expect(e.method, e.name).toBe(8);
      expect(e.stamp, e.name).toBe(`${c.compiled.meta.date} 00:00:00`);
    }
    for (const book of names.filter((n) => n.endsWith('.xlsx'))) {
      for (const e of zipEntries(pkg.files.get(book)!)) expect([e.method, e.stamp]).toEqual([8, `${c.compiled.meta.date} 00:00:00`]);
      expect(pkg.nested(book).get('docProps/core.xml')).toContain(`${c.compiled.meta.date}T00:00:00Z`);
    }
  });
});

describe('the PowerPoint file, built again', () => {
  const full = cases[0]!.compiled;

  it('is byte-identical when built twice in one process (the chart counter does not leak)', async () => {
    const first = await build(full);
    // Another deck in between moves pptxgenjs's module-global chart counter on.
    await build(cases[1]!.compiled);
    expect(sha256(await build(full))).toBe(sha256(first));
  });

  it('is byte-identical when built in another process', async () => {
    const here = sha256(await build(full));
    const script = resolve(import.meta.dirname, 'support/pptx-hash.ts');
    const there = execFileSync(resolve('node_modules/.bin/tsx'), [script, full.edition], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../..') }).trim();
    expect(there).toBe(here);
  });
});

describe('the figures, drawn by Chromium', () => {
  it('are PNG pictures at twice their size on a slide, in the file with the figure’s alt text', async () => {
    const compiled = compileCase('full', CLINIC);
    const names = figuresUsed(compiled);
    const figures = await renderFigures(names, input.figures);
    for (const name of names) {
      const image = figures.get(name)!;
      expect(Buffer.from(image.png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      // The PNG's own size (IHDR) is the size reported, twice the CSS size that fits 1280 × 720.
      const view = Buffer.from(image.png);
      expect([view.readUInt32BE(16), view.readUInt32BE(20)]).toEqual([image.width, image.height]);
      const [, , w, h] = /viewBox="([^"]+)"/.exec(input.figures.get(name)!)![1]!.split(/\s+/).map(Number);
      const fit = Math.min(1280 / w!, 720 / h!);
      expect(image.width).toBe(2 * Math.round(w! * fit));
      expect(image.height).toBe(2 * Math.round(h! * fit));
    }
    const pkg = await Package.open(await build(compiled, figures));
    const media = [...pkg.files.keys()].filter((n) => n.startsWith('ppt/media/'));
    for (const name of names) expect(media.some((m) => Buffer.compare(Buffer.from(pkg.files.get(m)!), Buffer.from(figures.get(name)!.png)) === 0), name).toBe(true);
  });
});
