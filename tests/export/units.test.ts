// The export's pure parts: arguments, readiness decisions, policy messages, rebuild decisions,
// PDF finishing and the atomic file. (In the browser project with the rest of tests/export,
// but no browser is started here.)

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/pdf-args.ts';
import { UsageError } from '../../src/exit/cli-error.ts';
import { AtomicFile } from '../../src/output/atomic-file.ts';
import { changedFiles, hashInputs } from '../../src/load/source-hash.ts';
import { PageCountError, SlideOverflowError } from '../../src/export/export-errors.ts';
import { finishPdf, slideBookmarks } from '../../src/export/finish-pdf.ts';
import { repairForPdfUa } from '../../src/export/pdf-ua.ts';
import type { PrintPage } from '../../src/export/print-view.ts';
import type { PageFacts } from '../../src/export/page/readiness.ts';
import { refusedByPolicy } from '../../src/export/print-view.ts';
import { notReady } from '../../src/export/readiness.ts';
import { VARIANTS } from '../../src/export/variants.ts';
import { deck } from './support/deck-expect.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deck-pdf-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('command-line arguments', () => {
  it('default to the slides PDF, any free port, 30 s, building if needed', () => {
    expect(parseCliArgs([])).toEqual({ variant: VARIANTS.slides, edition: 'full', lang: 'en', out: undefined, port: 0, timeoutMs: 30_000, build: true, dist: undefined, refuseStale: false, help: false });
  });

  it('choose the variant, the output, the port, the timeout and whether to build', () => {
    expect(parseCliArgs(['--notes', '--out', 'a.pdf'])).toMatchObject({ variant: VARIANTS.notes, out: 'a.pdf' });
    expect(parseCliArgs(['--steps', '--port', '4321', '--timeout', '5000', '--no-build'])).toMatchObject({ variant: VARIANTS.steps, port: 4321, timeoutMs: 5000, build: false });
    expect(parseCliArgs(['--dist', 'elsewhere'])).toMatchObject({ dist: 'elsewhere', build: false });
  });

  it('reject what makes no sense, saying why', () => {
    expect(() => parseCliArgs(['--notes', '--steps'])).toThrow(new UsageError('Choose one of --notes or --steps.'));
    expect(() => parseCliArgs(['--port', '80a'])).toThrow(/--port must be a whole number from 1 to 65535, not "80a"/);
    expect(() => parseCliArgs(['--timeout', '0'])).toThrow(/--timeout 0 ms is too short for any page to load and print\. Give milliseconds from 1000/);
    expect(() => parseCliArgs(['--out', ''])).toThrow(/--out needs a file name/);
    expect(() => parseCliArgs(['--pages'])).toThrow(UsageError);
    expect(() => parseCliArgs(['deck.pdf'])).toThrow(UsageError);
  });
});

describe('readiness', () => {
  const laidOut = (id: string) => ({ id, laidOut: true, loadingImages: [], brokenImages: [] });
  const facts = (over: Partial<PageFacts>): PageFacts => ({ state: 'pdf-ready', readyState: 'complete', errorScreen: null, slides: [laidOut('a'), laidOut('b')], loadingFonts: [], ...over });

  it('is reached when every slide is laid out with its images and fonts', () => {
    expect(notReady(facts({}), [])).toBeNull();
  });

  it('names the first slide that is not ready, and why', () => {
    expect(notReady(facts({ slides: [laidOut('a'), { ...laidOut('b'), loadingImages: ['http://x/b.png'] }] }), ['http://x/b.png'])).toEqual({
      slide: 'b',
      reason: 'image http://x/b.png still loading; still waiting for http://x/b.png',
    });
    expect(notReady(facts({ state: 'ready', readyState: 'interactive', slides: [{ ...laidOut('a'), laidOut: false }] }), [])).toEqual({
      slide: 'a',
      reason: 'reveal.js has not laid it out for print, because the page has not finished loading',
    });
    expect(notReady(facts({ loadingFonts: ['Atkinson 700'] }), [])).toEqual({ slide: 'a', reason: 'font Atkinson 700 still loading' });
  });

  it('blames the deck as a whole when its script never started it, or no slide was rendered', () => {
    expect(notReady(facts({ state: 'loading', slides: [] }), [])).toEqual({ slide: null, reason: 'the deck\'s script never started it (deck state "loading")' });
    expect(notReady(facts({ state: 'ready', slides: [] }), [])).toEqual({ slide: null, reason: 'no slide was rendered (deck state "ready")' });
  });

  it('counts requests the Content-Security-Policy blocked as off-origin requests', () => {
    const origin = 'http://127.0.0.1:4000';
    expect(
      refusedByPolicy(
        [
          `Loading the image 'https://example.org/x.png' violates the following Content Security Policy directive: "img-src 'self'". The action has been blocked.`,
          `Connecting to 'https://api.example.net/' violates the following Content Security Policy directive: "connect-src 'self'".`,
          `Refused to load the font 'https://fonts.example.com/a.woff2' because it violates the following Content Security Policy directive: "font-src 'self'".`,
          `Loading the image '${origin}/own.png' violates the following Content Security Policy directive: "img-src 'none'".`,
          'Uncaught TypeError: x is undefined',
        ],
        origin,
      ),
    ).toEqual(['https://example.org/x.png', 'https://api.example.net/', 'https://fonts.example.com/a.woff2']);
  });
});

describe('whether a build is current (by content, not mtime)', () => {
  it('names the inputs that changed, were added or were removed since the build', () => {
    const root = join(scratch, 'project');
    mkdirSync(join(root, 'slides'), { recursive: true });
    writeFileSync(join(root, 'slides', 'a.ts'), 'one');
    writeFileSync(join(root, 'index.html'), '<html>');
    const built = hashInputs(root);
    expect(Object.keys(built.files)).toEqual(['index.html', 'slides/a.ts']);
    expect(changedFiles(built.files, hashInputs(root).files)).toEqual([]);
    // Touching a file without changing it is not a change.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'slides', 'a.ts'), later, later);
    expect(changedFiles(built.files, hashInputs(root).files)).toEqual([]);
    writeFileSync(join(root, 'slides', 'a.ts'), 'two');
    writeFileSync(join(root, 'slides', 'b.ts'), 'new');
    rmSync(join(root, 'index.html'));
    expect(changedFiles(built.files, hashInputs(root).files)).toEqual(['index.html', 'slides/a.ts', 'slides/b.ts']);
  });
});

describe('finishing the PDF', () => {
  const pages: PrintPage[] = [
    { slide: 'one', title: 'One', kind: 'slide' },
    { slide: 'one', title: 'One', kind: 'notes' },
    { slide: 'two', title: 'Two', kind: 'slide' },
    { slide: 'two', title: 'Two', kind: 'slide' },
  ];
  const raw = async (n: number) => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < n; i++) doc.addPage([960, 540]);
    return doc.save();
  };

  it('bookmarks each slide once, at its first page', () => {
    expect(slideBookmarks(pages)).toEqual([
      { title: 'One', pageIndex: 0 },
      { title: 'Two', pageIndex: 2 },
    ]);
  });

  it('refuses a PDF whose page count differs from the print view (a spilled page, a blank last page)', async () => {
    await expect(finishPdf(await raw(5), deck.meta, pages)).rejects.toThrow(PageCountError);
    await expect(finishPdf(await raw(5), deck.meta, pages)).rejects.toThrow('Chromium printed 5 pages where the print view laid out 4');
  });

  it('gives the same bytes for the same input', async () => {
    const input = await raw(4);
    expect(Buffer.from(await finishPdf(input, deck.meta, pages)).equals(Buffer.from(await finishPdf(input, deck.meta, pages)))).toBe(true);
  });
});

describe('overflow message', () => {
  it('names the first slide and lists the others', () => {
    expect(
      new SlideOverflowError([
        { id: 'a', by: 12.4, axis: 'height' },
        { id: 'b', by: 3, axis: 'width' },
      ]).message,
    ).toBe('slide a is taller than the page (by 13 px); shorten it. Also too big: b.');
  });
});

describe('atomic file', () => {
  it('appears complete or not at all, and leaves no temporary file', async () => {
    const target = join(scratch, 'new-folder', 'x.pdf');
    const file = new AtomicFile(target);
    await file.commit(new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(scratch, 'new-folder'))).toEqual(['x.pdf']);
  });

  it('keeps the old file when the write fails, and can be discarded', async () => {
    const target = join(scratch, 'busy.pdf');
    writeFileSync(target, 'old');
    const file = new AtomicFile(target);
    mkdirSync(file.tempPath); // the temporary path cannot be opened as a file
    await expect(file.commit(new Uint8Array([1]))).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
    rmSync(file.tempPath, { recursive: true });
    file.discard();
    expect(existsSync(file.tempPath)).toBe(false);
  });
});

describe('PDF/UA repair of a page whose drawing is not tagged, whatever its content stream’s filter', () => {
  // Chromium writes Flate streams; any other filter must still be read, and what the repair writes
  // back (with Node's zlib) must be a Flate stream another reader opens (pdf-lib's decoder here).
  const drawing = 'BT /F1 12 Tf 10 10 Td (Hi) Tj ET\n0 0 10 10 re f\n';
  const encodings: Record<string, { dict: Record<string, string>; bytes: (s: string) => Uint8Array }> = {
    FlateDecode: { dict: { Filter: 'FlateDecode' }, bytes: (s) => deflateSync(Buffer.from(s, 'latin1')) },
    ASCIIHexDecode: { dict: { Filter: 'ASCIIHexDecode' }, bytes: (s) => Buffer.from(`${Buffer.from(s, 'latin1').toString('hex')}>`, 'latin1') },
    'no filter': { dict: {}, bytes: (s) => Buffer.from(s, 'latin1') },
  };
  for (const [name, { dict, bytes }] of Object.entries(encodings)) {
    it(`${name}: the text and the path become Artifacts, written back as a Flate stream`, async () => {
      const doc = await PDFDocument.create();
      const page = doc.addPage([100, 100]);
      const ref = doc.context.register(doc.context.stream(bytes(drawing), dict));
      page.node.set(PDFName.of('Contents'), ref);
      const repairs = repairForPdfUa(doc, []);
      expect(repairs.artifacts).toMatchObject({ untaggedText: 1, untaggedPaths: 1 });
      const written = doc.context.lookup(ref);
      if (!(written instanceof PDFRawStream)) throw new Error('the page’s contents are not a stream any more');
      expect(written.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
      // Read back by pdf-lib's own decoder, not by the zlib that wrote it.
      const text = Buffer.from(decodePDFRawStream(written).decode()).toString('latin1');
      expect(text).toBe('/Artifact BMC\nBT /F1 12 Tf 10 10 Td (Hi) Tj ET\nEMC\n/Artifact BMC\n0 0 10 10 re f\nEMC\n');
    });
  }
});
