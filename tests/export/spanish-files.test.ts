// The Spanish (es-US) files beside the English: where `--lang es` writes them, the words the
// PowerPoint file adds in Spanish, the translation statement in the PDF metadata, the Spanish
// single file opened from file:// (lang es-US), and the Spanish PowerPoint file opened by
// LibreOffice with every text run in es-US. Each is made once here (no other file makes them).
// The Spanish PDFs themselves (slides, notes, handout on Letter and A4, exported once per run from
// the shared build's dist/es/) are checked in spanish-pdfs.test.ts and pdf-words.test.ts.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../../src/build/single-file.ts';
import { defaultPptxOut, parsePptxArgs } from '../../src/export/pptx/args.ts';
import { exportPptx } from '../../src/export/pptx/export.ts';
import { pptxWords } from '../../src/export/pptx/words.ts';
import { finishDocument } from '../../src/export/finish-pdf.ts';
import { parseCliArgs } from '../../src/cli/pdf-args.ts';
import { inputInLang } from '../../src/load/lang-deck.ts';
import { loadDeck } from '../../src/load/load-deck.ts';
import { compileDeck, translationStatement } from '../../src/model/compile.ts';
import { formatValue } from '../../src/render/chart.ts';
import { inLangFolder, parseLang } from '../../src/model/locales.ts';
import { UI } from '../../src/model/ui/index.ts';
import { UsageError } from '../../src/exit/cli-error.ts';
import { sharedBrowser } from '../support/shared.ts';
import { Package } from './support/pptx-read.ts';

const NOT_REVIEWED = translationStatement({ state: 'none' }, 'es');
const scratch = mkdtempSync(join(tmpdir(), 'deck-es-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('where the Spanish files go', () => {
  it('puts a translation in its own folder beside the English, and the English where it was', () => {
    expect(inLangFolder('out/deck.pdf', 'es')).toBe('out/es/deck.pdf');
    expect(inLangFolder('dist', 'es')).toBe('dist/es');
    expect(inLangFolder('out/deck.pdf', 'en')).toBe('out/deck.pdf');
    expect(defaultPptxOut('short', 'es')).toBe('out/es/deck-short.pptx');
    expect(defaultPptxOut('full')).toBe('out/deck.pptx');
  });

  it('reads --lang for the PDFs and the PowerPoint file, English by default, and refuses a language the deck has not', () => {
    expect(parseCliArgs(['--lang', 'es', '--handout']).lang).toBe('es');
    expect(parseCliArgs([]).lang).toBe('en');
    expect(parsePptxArgs(['--lang', 'es']).lang).toBe('es');
    expect(() => parseLang('fr')).toThrow(UsageError);
    expect(() => parseLang('fr')).toThrow(/--lang must be one of en, es/);
  });
});

describe('the words the PowerPoint file adds, in Spanish', () => {
  it('takes the slides’ own words from the Spanish catalog and has no English left', () => {
    const es = pptxWords('es');
    const en = pptxWords('en');
    expect(es.sources(2)).toBe(UI.es.sourceLine.many.trim());
    expect(es.tableCorner).toBe(UI.es.chart.counted);
    const words = (w: typeof es) => [w.callout['key-point'], w.callout.caveat, w.question, w.answer, w.evidence(1), w.evidence(2), w.sources(1), w.sources(2), w.tableCorner, ...w.aboutThisFile];
    const spanish = words(es);
    for (const english of words(en)) expect(spanish).not.toContain(english);
  });
});

describe('the translation statement in a PDF’s metadata', () => {
  it('ends the subject, is the last keyword and its own entry, and the language is es-US', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([200, 200]);
    const raw = await blank.save();
    const meta = { title: 'Quimioterapia antes de la cirugía', lang: 'es-US', author: 'El equipo', description: 'Una charla.', keywords: ['quimioterapia'], date: '2026-12-01', reviewDate: '2027-06-01', version: '1.0.0', funding: '', conflicts: '', contact: '' } as unknown as Parameters<typeof finishDocument>[1];
    const done = await PDFDocument.load(await finishDocument(raw, meta, { pages: [], bookmarks: () => [], review: 'No revisado.', translation: NOT_REVIEWED }), { updateMetadata: false });
    expect(done.getTitle()).toBe('Quimioterapia antes de la cirugía');
    expect(done.getSubject()).toBe(`Una charla. No revisado. ${NOT_REVIEWED}`);
    expect(done.getKeywords()).toBe(`quimioterapia, ${NOT_REVIEWED}`);
    expect(done.catalog.get(PDFName.of('Lang'))?.toString()).toContain('es-US');
    const info = done.context.lookup(done.context.trailerInfo.Info, PDFDict);
    expect((info.get(PDFName.of('Translation')) as PDFHexString).decodeText()).toBe(NOT_REVIEWED);
    const xmp = new TextDecoder().decode((done.catalog.lookup(PDFName.of('Metadata')) as unknown as { contents: Uint8Array }).contents);
    expect(xmp).toContain(`<rdf:li>${NOT_REVIEWED}</rdf:li>`);
    expect(xmp).toContain('<rdf:li>es-US</rdf:li>');
  });
});

describe('the Spanish single file', () => {
  let file = '';
  beforeAll(async () => {
    file = (await buildSingleFile(join(scratch, 'single/es/deck.html'), { lang: 'es' })).file;
  }, 600_000);

  it('opens from file:// in Spanish (lang es-US), says the translation is not reviewed, and shows no English chrome', async () => {
    const browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-US');
      const text = await page.evaluate(() => document.querySelector('.reveal .slides')!.textContent ?? '');
      expect(text).toContain(NOT_REVIEWED);
      for (const english of [UI.en.sourceLine.one, UI.en.sourceLine.many, UI.en.badges.one, UI.en.badges.many, UI.en.info.madeBy, UI.en.info.funding]) {
        expect(text, english).not.toContain(english.trim());
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

describe('the Spanish PowerPoint file', () => {
  let bytes: Uint8Array = new Uint8Array();
  let out = '';
  beforeAll(async () => {
    const { input, translation } = inputInLang(await loadDeck(), 'es');
    out = join(scratch, 'pptx/deck.pptx');
    const result = await exportPptx({ input, edition: 'full', out, ...(translation ? { translation } : {}) });
    const { readFileSync } = await import('node:fs');
    bytes = readFileSync(result.path);
  }, 600_000);

  it('sets every text run in es-US and says in its properties that the translation is not reviewed', async () => {
    const pkg = await Package.open(bytes);
    const slides = [...pkg.files.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(10);
    for (const name of [...pkg.files.keys()].filter((n) => n.startsWith('ppt/') && n.endsWith('.xml'))) {
      for (const m of pkg.text(name).matchAll(/<a:(?:rPr|endParaRPr|defRPr)\b[^>]*>/g)) expect(m[0], name).toContain('lang="es-US"');
    }
    const core = pkg.text('docProps/core.xml');
    expect(core).toContain('<dc:language>es-US</dc:language>');
    expect(core).toContain(NOT_REVIEWED);
    const all = slides.map((s) => pkg.text(s)).join('\n');
    for (const english of [UI.en.sourceLine.many.trim(), UI.en.badges.one.trim(), pptxWords('en').callout.caveat]) expect(all, english).not.toContain(english);
  });

  it('writes the chart tables\' numbers in Spanish form, as the Spanish slides do ("38,2", never "38.2")', async () => {
    const { input } = inputInLang(await loadDeck(), 'es');
    const charts = compileDeck({ ...input, edition: 'full' }).slides.flatMap((s) => s.body).flatMap((b) => (b.type === 'chart' ? [b] : []));
    expect(charts.length).toBeGreaterThan(0);
    const pkg = await Package.open(bytes);
    const cells = [...pkg.files.keys()]
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .flatMap((n) => [...pkg.text(n).matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)])
      .flatMap((t) => [...t[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!));
    let differs = 0;
    for (const chart of charts) {
      for (const v of chart.rows.flatMap((r) => r.values)) {
        const es = formatValue(v, chart.unit, 'es');
        const en = formatValue(v, chart.unit, 'en');
        expect(cells, `${v} as "${es}"`).toContain(es);
        if (en !== es) {
          differs++;
          expect(cells, `${v} not as "${en}"`).not.toContain(en);
        }
      }
    }
    // The deck's charts have a decimal or a thousand, so the English form would have shown.
    expect(differs).toBeGreaterThan(0);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice (a PDF comes out, one page per slide)', () => {
    const dir = mkdtempSync(join(scratch, 'lo-'));
    const file = join(dir, 'deck-es.pptx');
    writeFileSync(file, bytes);
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 300_000 });
    const pdf = join(dir, 'deck-es.pdf');
    // soffice exits 0 even when it could not load the file: the PDF must exist.
    expect(existsSync(pdf), `${run.stderr} [${readdirSync(dir).join(', ')}]`).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    return Package.open(bytes).then((pkg) => expect(pages).toBe([...pkg.files.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length));
  }, 400_000);
});
