// `npm run pdf -- --handout`: the patient handout, printed. The build renders each edition's
// handout into its own page (dist/handout.html, handout-<edition>.html: src/render/handout-page.ts
// from the compiled deck); this serves the build on 127.0.0.1, has Chromium print that page on
// US Letter or A4 as a tagged PDF, and finishes it like the slide PDFs (finish-pdf.ts: metadata,
// XMP, bookmarks, language, PDF/UA repairs, deterministic ids), written atomically.

import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { Manifest } from '../model/manifest.ts';
import { guardPage } from '../browser/page-guard.ts';
import { ExportError, SlideNotReadyError } from './export-errors.ts';
import { finishDocument, type Bookmark } from './finish-pdf.ts';
import { inPage } from '../browser/in-page.ts';
import { spaceBlockEnds } from './page/prepare.ts';
import { throwIncidents } from './print-view.ts';
import { withPrintSession, type SessionOptions } from './session.ts';
import { PAPERS, type Paper } from './variants.ts';


/** A take-home summary, not a booklet: the most pages the export prints (the tests read it here). */
export const HANDOUT_MAX_PAGES = 4;

/** The handout does not fit its page budget. */
export class HandoutTooLongError extends ExportError {
  override name = 'HandoutTooLongError';
  constructor(
    readonly pages: number,
    paper: Paper,
  ) {
    super(
      `The handout runs to ${pages} pages of ${PAPERS[paper].name} (at most ${HANDOUT_MAX_PAGES}). ` +
        'Point slides/handout.ts at fewer or shorter blocks (or fewer words and sources), then run the export again.',
    );
  }
}

interface HandoutExportOptions extends SessionOptions {
  /** Its pages list the handout pages (distDir holds them). */
  readonly manifest: Manifest;
  readonly edition: string;
  readonly paper: Paper;
  /** Time allowed for the page and its fonts to load. */
  readonly timeoutMs: number;
}

export interface HandoutExportResult {
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
  /** Page size in PDF points. */
  readonly pageSize: { readonly width: number; readonly height: number };
  readonly ms: number;
}

/**
 * The page each of the first `count` H2 structure elements starts on (Chromium's tagged PDF puts
 * /Pg on each heading): the handout's sections, in order.
 */
function headingPages(doc: PDFDocument, type = 'H2'): number[] {
  const pages = doc.getPages().map((p) => p.ref);
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const found: number[] = [];
  const pageOf = (dict: PDFDict): number => {
    const pg = dict.get(PDFName.of('Pg'));
    if (pg instanceof PDFRef) return pages.indexOf(pg);
    for (const kid of kidsOf(dict)) {
      const d = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (d instanceof PDFDict) {
        const n = pageOf(d);
        if (n >= 0) return n;
      }
    }
    return -1;
  };
  const kidsOf = (dict: PDFDict): PDFObject[] => {
    const k = dict.get(PDFName.of('K'));
    return k === undefined ? [] : k instanceof PDFArray ? k.asArray() : [k];
  };
  const visit = (o: PDFObject): void => {
    const d = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (!(d instanceof PDFDict) || !d.has(PDFName.of('S'))) return;
    if (d.lookup(PDFName.of('S')) === PDFName.of(type)) found.push(pageOf(d));
    kidsOf(d).forEach(visit);
  };
  if (root) kidsOf(root).forEach(visit);
  return found;
}

export async function exportHandout(options: HandoutExportOptions): Promise<HandoutExportResult> {
  const { manifest, edition, paper, timeoutMs } = options;
  const handout = manifest.handouts[edition];
  if (!handout) {
    throw new ExportError(
      Object.keys(manifest.handouts).length === 0
        ? 'The build has no patient handout: the deck has no slides/handout.ts (or dist/ was built before it existed). Add it, then rebuild with `npm run build`.'
        : `The build has no patient handout for the "${edition}" edition (it has ${Object.keys(manifest.handouts).join(', ')}). Rebuild with \`npm run build\`.`,
    );
  }
  return withPrintSession(options, async ({ server, browser, file, checkSignal, seconds, elapsed, log }) => {
    const page = await browser.newPage();
    const origin = server.url.replace(/\/$/, '');
    const incidents = await guardPage(page, origin, { block: true });
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(server.url + handout.page, { waitUntil: 'load', timeout: timeoutMs });
      // Every face the printed text uses, loaded (a late font would print in a fallback).
      await page.waitForFunction(() => document.fonts.status === 'loaded' && document.querySelector('article.handout') !== null, null, { timeout: timeoutMs });
    } catch (error) {
      throwIncidents(incidents, origin);
      const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loading').map((f) => f.family)).catch(() => []);
      throw new SlideNotReadyError(null, `the handout page (${handout.page}) did not finish loading${fonts.length ? `; font ${fonts.join(', ')} still loading` : ''} (${(error as Error).message.split('\n')[0]})`, timeoutMs);
    }
    throwIncidents(incidents, origin);
    checkSignal();
    // A space where a term, a definition or an address ends (handout.css draws it, pre-wrap): "chemo Short
    // for…", not "chemoShort for…". Paragraphs, items and cells are tagged apart already, and a space
    // after each would change how the tables lay out (the handout ran to 5 pages).
    await inPage(page, spaceBlockEnds, 'article.handout :is(dt, dd, .glossary > li > *, .source-address, :has(+ .source-address))');

    const raw = await page.pdf({ ...PAPERS[paper].size, printBackground: true, tagged: true, outline: false, preferCSSPageSize: false });
    throwIncidents(incidents, origin);
    checkSignal();
    log('render', `${handout.page} printed on ${PAPERS[paper].name} (${seconds()})`);

    let pageCount = 0;
    let pageSize = { width: 0, height: 0 };
    const pdf = await finishDocument(raw, { ...manifest.meta, title: handout.title }, {
      pages: [],
      check: (doc) => {
        pageCount = doc.getPageCount();
        pageSize = doc.getPage(0).getSize();
        if (pageCount > HANDOUT_MAX_PAGES) throw new HandoutTooLongError(pageCount, paper);
      },
      bookmarks: (doc): Bookmark[] => {
        const starts = headingPages(doc);
        if (starts.length !== handout.sections.length || starts.some((p) => p < 0)) {
          throw new ExportError(`The printed handout has ${starts.length} section headings where deck.json lists ${handout.sections.length}. Rebuild with \`npm run build\`.`);
        }
        return handout.sections.map((s, i) => ({ title: s.title, pageIndex: starts[i]! }));
      },
      review: manifest.reviewStatement,
      ...(manifest.translationStatement ? { translation: manifest.translationStatement } : {}),
    });
    checkSignal();
    await file.commit(pdf);
    log('write', `${options.out}: ${pageCount} pages, ${PAPERS[paper].name}, ${(pdf.length / 1024).toFixed(0)} KB (${seconds()})`);
    return { path: file.path, pages: pageCount, bytes: pdf.length, pageSize, ms: elapsed() };
  });
}
