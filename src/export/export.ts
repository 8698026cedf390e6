// One export: serve a built deck, print it with Chromium through reveal.js's print view,
// finish the PDF with pdf-lib and write it atomically. Browser, server and temporary file are
// closed on every path; an AbortSignal (Ctrl-C in the CLI) closes them at once.

import { performance } from 'node:perf_hooks';
import { editionPage, type Manifest } from '../model/manifest.ts';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { launchChromium } from '../node/chromium.ts';
import { serveDirectory } from '../node/serve.ts';
import { AtomicFile } from './atomic-file.ts';
import { Cleanup } from './cleanup.ts';
import { ExportError, ExportInterruptedError } from './errors.ts';
import { finishPdf } from './finish-pdf.ts';
import { layOutPrintView, throwIncidents, type PrintHooks, type PrintPage } from './print-view.ts';
import type { Variant } from './variants.ts';

export type Stage = 'build' | 'browser' | 'render' | 'write';

export interface ExportOptions {
  /** A built deck (index.html and assets). */
  readonly distDir: string;
  readonly variant: Variant;
  /** Output file. */
  readonly out: string;
  /** The build's manifest (dist/deck.json): metadata, titles and notes of the pages printed. */
  readonly manifest: Manifest;
  /** The edition to print (default: full). */
  readonly edition?: string;
  /** 0 (default): any free port. */
  readonly port?: number;
  /** Time allowed from navigation until every slide is printable. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly log?: (stage: Stage, message: string) => void;
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

export const DEFAULT_TIMEOUT_MS = 30_000;

export async function exportPdf(options: ExportOptions): Promise<ExportResult> {
  const { variant, signal, manifest } = options;
  const editionName = options.edition ?? 'full';
  const edition = manifest.editions[editionName];
  if (!edition) throw new ExportError(`The build has no edition "${editionName}" (it has ${Object.keys(manifest.editions).join(', ')}).`);
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const cleanup = new Cleanup();
  const file = new AtomicFile(options.out);
  cleanup.defer(() => file.discard());
  const interrupt = () => void cleanup.run();
  signal?.addEventListener('abort', interrupt, { once: true });
  const checkSignal = () => {
    if (signal?.aborted) throw new ExportInterruptedError();
  };
  try {
    checkSignal();
    const server = await serveDirectory(options.distDir, options.port ?? 0);
    cleanup.defer(() => server.close());
    checkSignal();
    const browser = await launchChromium();
    cleanup.defer(() => browser.close());
    checkSignal();
    log('browser', `Chromium ${browser.version()} started (${seconds()})`);

    const page = await browser.newPage({ viewport: { ...SLIDE_SIZE } });
    const url = server.url + editionPage(editionName);
    const layout = await layOutPrintView(page, { url, edition, variant, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, hooks: options.hooks });
    const slides = new Set(layout.pages.map((p) => p.slide)).size;
    log('render', `${slides} slides laid out as ${layout.pages.length} pages (${seconds()})`);

    // preferCSSPageSize: reveal's @page rule sets the size; no width/height here to contradict it.
    // No `outline: true`: Chromium 150 nests bookmarks by heading level and joins wrapped
    // lines without a space ("breastcancer"); finishPdf writes one bookmark per slide instead.
    const raw = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false });
    throwIncidents(layout.incidents, layout.origin);
    checkSignal();
    const pdf = await finishPdf(raw, manifest.meta, layout.pages, { review: manifest.reviewStatement });
    checkSignal();
    await file.commit(pdf);
    log('write', `${options.out}: ${layout.pages.length} pages, ${(pdf.length / 1024).toFixed(0)} KB (${seconds()})`);
    return { path: file.path, pages: layout.pages, slides, bytes: pdf.length, slideSize: layout.slideSize, ms: performance.now() - started };
  } catch (error) {
    if (signal?.aborted) throw new ExportInterruptedError();
    throw error;
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await cleanup.run();
  }
}
