// One export of the slides: print a built deck with Chromium through reveal.js's print view,
// finish the PDF with pdf-lib and write it atomically, inside one print session (session.ts:
// server, browser and temporary file closed on every path, at once on Ctrl-C).

import { editionPage, type Manifest } from '../model/manifest.ts';
import { langOf } from '../model/locales.ts';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { ExportError } from './export-errors.ts';
import { layOutPrintView, throwIncidents, type PrintHooks, type PrintPage } from './print-view.ts';
import { withPrintSession, type SessionOptions } from './session.ts';
import { DEFAULT_TIMEOUT_MS, type Variant } from './variants.ts';

export interface ExportOptions extends SessionOptions {
  readonly variant: Variant;
  /** The build's manifest (dist/deck.json): metadata, titles and notes of the pages printed. */
  readonly manifest: Manifest;
  /** The edition to print (default: full). */
  readonly edition?: string;
  /** Time allowed from navigation until every slide is printable. */
  readonly timeoutMs?: number;
  readonly hooks?: PrintHooks;
}

export interface ExportResult {
  readonly path: string;
  readonly pages: readonly PrintPage[];
  readonly slides: number;
  readonly bytes: number;
  readonly slideSize: { readonly width: number; readonly height: number };
  /** Milliseconds, server start to file written. */
  readonly ms: number;
}

export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const { variant, manifest } = options;
  const editionName = options.edition ?? 'full';
  const edition = manifest.editions[editionName];
  if (!edition) throw new ExportError(`The build has no edition "${editionName}" (it has ${Object.keys(manifest.editions).join(', ')}).`);
  return withPrintSession(options, async ({ server, browser, file, checkSignal, seconds, elapsed, log }) => {
    // pdf-lib (about 0.1 s to load) loads while Chromium opens the page and lays it out.
    const finishing = import('./finish-pdf.ts');
    finishing.catch(() => undefined); // awaited below; a failure to load is reported there
    const page = await browser.newPage({ viewport: { ...SLIDE_SIZE } });
    const url = server.url + editionPage(editionName);
    const layout = await layOutPrintView(page, { url, edition, lang: langOf(manifest.meta.lang), variant, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, hooks: options.hooks });
    const slides = new Set(layout.pages.map((p) => p.slide)).size;
    log('render', `${slides} slides laid out as ${layout.pages.length} pages (${seconds()})`);

    // preferCSSPageSize: reveal's @page rule sets the size; no width/height here to contradict it.
    // No `outline: true`: Chromium 150 nests bookmarks by heading level and joins wrapped
    // lines without a space ("breastcancer"); finishPdf writes one bookmark per slide instead.
    const raw = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
    throwIncidents(layout.incidents, layout.origin);
    checkSignal();
    const { finishPdf } = await finishing;
    const pdf = await finishPdf(raw, manifest.meta, layout.pages, { review: manifest.reviewStatement, ...(manifest.translationStatement ? { translation: manifest.translationStatement } : {}) });
    checkSignal();
    await file.commit(pdf);
    log('write', `${options.out}: ${layout.pages.length} pages, ${(pdf.length / 1024).toFixed(0)} KB (${seconds()})`);
    return { path: file.path, pages: layout.pages, slides, bytes: pdf.length, slideSize: layout.slideSize, ms: elapsed() };
  });
}
