// What one `npm test` run makes once and every test file shares (vitest globalSetup of the
// "browser" project: tests/browser/**, tests/export/**; put a new file that needs these there).
//
// In a test file:
//   inject('distDir')                    the production build of the real deck (out/.test-run-<pid>-<time>/dist), made before any test,
//                                        with each translation inside it as npm run build makes it (dist/es/)
//   await sharedBrowser()                Chromium, started once per run: one connection per file (tests/support/shared.ts);
//                                        open a fresh context per file with browser.newContext() (startDeckSession does)
//   await sharedSingleFile()             `npm run build:single` of the real deck: { file: out/test-single/deck.html, readFile }
//   await sharedPptx()                   `npm run pptx -- --out …` of the real deck, in-process: { file, code, stdout, stderr }
//   await sharedPdf('slides')            one PDF export of the shared build: its ExportResult (path, pages, bytes, …) and
//                                        the print view's text and slide size; names in SHARED_PDFS below (a name
//                                        with a lang, 'es-slides', prints that translation's build, dist/es/)
// The single file, the PPTX and the PDFs are made on first request (by this process, once, whoever asks
// first) and then reused, so a run of one test file pays only for what it uses. Treat them as
// read-only: a test that changes one copies it first.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync } from 'node:fs';
import { scratchPath } from '../../src/output/scratch.ts';
import { join, relative, resolve } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../src/browser/chromium.ts';
import { buildLanguages } from '../../src/build/build-languages.ts';
import { compileLoaded, loadDeckFrom } from '../../src/load/load-deck.ts';
import { buildSingleFile } from '../../src/build/single-file.ts';
import { exportHandout } from '../../src/export/handout-pdf.ts';
import { exportPdf } from '../../src/export/slides-pdf.ts';
import { VARIANTS, type Paper, type VariantName } from '../../src/export/variants.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { LOCALES, type Lang } from '../../src/model/locales.ts';
import { runMain } from '../support/cli.ts';
import { SHARED_PDFS, type SharedPdf, type SharedPdfName, type SharedPptx, type SharedSingleFile } from './shared-names.ts';

// This run's own folders (out/.test-run-<pid>-<time>/): two runs at once (an editor running one
// file while the suite runs) never build over or remove each other's; a killed run's folder is
// removed by the next (src/output/scratch.ts).
const RUN_DIR = scratchPath(resolve(PROJECT_ROOT, 'out'), '.test-run');
const TEST_DIST = relative(PROJECT_ROOT, join(RUN_DIR, 'dist'));
const SHARED_DIR = join(RUN_DIR, 'shared');

/** Makes a thing once: the first caller starts it, everyone gets the same promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(SHARED_DIR, { recursive: true });
  // The build (the English, then dist/es/ inside it, as `npm run build` makes them) and Chromium start side by side.
  const build = async () => (await buildLanguages(TEST_DIST, compileLoaded(await loadDeckFrom()), { quiet: true }))[0]!;
  const [distDir, chromium] = await Promise.all([build(), launchChromiumServer()]);
  // Each language's build: the English in distDir, a translation in its folder inside it (as `npm run pdf -- --lang es` prints dist/es/).
  const builds = once(async () => new Map((Object.keys(LOCALES) as Lang[]).map((lang) => {
    const dir = lang === 'en' ? distDir : join(distDir, LOCALES[lang].folder.replace(/\/$/, ''));
    return [lang, { dir, manifest: readManifest(dir) }] as const;
  })));
  const connect = async () => (await import('playwright-core')).chromium.connect(chromium.wsEndpoint());

  const single = once<SharedSingleFile>(async () => {
    const built = await buildSingleFile(join(SHARED_DIR, 'single/deck.html'));
    return { file: built.file, readFile: built.readFile };
  });

  // The command itself (main(argv, io)), so a test can read both the file and what it said.
  const pptx = once<SharedPptx>(async () => {
    const file = join(SHARED_DIR, 'pptx/deck.pptx');
    mkdirSync(join(SHARED_DIR, 'pptx'), { recursive: true });
    const { code, stdout, stderr } = await runMain('pptx', ['--out', file]);
    return { file, code, stdout, stderr };
  });

  const pdfs = new Map<SharedPdfName, () => Promise<SharedPdf>>();
  for (const [name, spec] of Object.entries(SHARED_PDFS) as [SharedPdfName, (typeof SHARED_PDFS)[SharedPdfName]][]) {
    const out = join(SHARED_DIR, 'pdf', `${name}.pdf`);
    pdfs.set(
      name,
      once(async () => {
        mkdirSync(join(SHARED_DIR, 'pdf'), { recursive: true });
        const { dir: distDir, manifest } = (await builds()).get('lang' in spec ? spec.lang : 'en')!;
        if ('paper' in spec) {
          const result = await exportHandout({ distDir, manifest, edition: spec.edition, paper: spec.paper as Paper, out, timeoutMs: 60_000, browser: connect() });
          return { kind: 'handout', result };
        }
        let printView: Extract<SharedPdf, { kind: 'slides' }>['printView'] = { text: '', width: 0, height: 0 };
        const result = await exportPdf({
          distDir,
          manifest,
          out,
          edition: spec.edition,
          variant: VARIANTS[spec.variant as VariantName],
          browser: connect(),
          hooks: {
            // What the print view shows and the slide size the running deck configures, read
            // from the page itself (not from the exporter), for the tests that compare.
            beforePrint: async (page) => {
              printView = await page.evaluate(() => ({
                text: document.querySelector<HTMLElement>('.reveal .slides')!.innerText,
                width: Number(window.Reveal!.getConfig().width),
                height: Number(window.Reveal!.getConfig().height),
              }));
            },
          },
        });
        return { kind: 'slides', result, printView };
      }),
    );
  }

  const service = await serve(async (path) => {
    if (path === '/single') return single();
    if (path === '/pptx') return pptx();
    const pdf = /^\/pdf\/([\w-]+)$/.exec(path)?.[1];
    const make = pdf ? pdfs.get(pdf as SharedPdfName) : undefined;
    if (!make) throw new Error(`No shared artefact ${path}: see tests/setup/shared-names.ts`);
    return make();
  });

  project.provide('distDir', distDir);
  project.provide('browserWs', chromium.wsEndpoint());
  project.provide('sharedService', service.url);
  return async () => {
    await service.close();
    await closeBrowser(chromium);
    rmSync(RUN_DIR, { recursive: true, force: true });
  };
}

async function closeBrowser(server: BrowserServer): Promise<void> {
  await server.close();
}

/** A tiny JSON service on 127.0.0.1 for the test files (they run in other processes). */
async function serve(answer: (path: string) => Promise<unknown>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    answer(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).then(
      (value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value)),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
  });
  // An export can take longer than Node's default request timeout on a busy machine.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    browserWs: string;
    sharedService: string;
  }
}
