// The clinic kit (npm run kit): one folder, and a zip of it, that a clinic can copy to a USB stick
// or a shared drive and use without Node: every edition as one HTML file, PowerPoint file and
// slide and notes PDFs, the handouts on Letter and A4, the reading view, START-HERE.html, the
// review status and SHA256SUMS (contents.ts lists them).
//
// Everything is made in a scratch folder beside the target and moved into place only when whole:
// an error or Ctrl-C leaves the previous kit as it was. Reproducible: every file is (the PDFs,
// the PowerPoint files and the HTML are each byte-identical for the same deck), and the zip's
// entries are sorted and dated with the deck's own date (src/output/zip.ts).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { buildDeck } from '../../build/run-build.ts';
import { buildSinglePages } from '../../build/single-file.ts';
import type { DeckInput } from '../../load/deck-input.ts';
import { compileLoaded, PROJECT_ROOT } from '../../load/load-deck.ts';
import { reviewStatement } from '../../model/compile.ts';
import { longDate } from '../../model/dates.ts';
import { spokenLength } from '../../model/spoken.ts';
import { FULL_EDITION } from '../../model/types.ts';
import { AtomicFile } from '../../output/atomic-file.ts';
import { readManifest } from '../../output/manifest-file.ts';
import { writeZip } from '../../output/zip.ts';
import { ExportInterruptedError } from '../export-errors.ts';
import { VARIANTS, DEFAULT_TIMEOUT_MS } from '../variants.ts';
import { kitFiles, KIT_NAME, REVIEW_STATUS, START_HERE, SUMS, type KitFile } from './contents.ts';
import { startHereHtml } from './start-here.ts';

export interface KitOptions {
  readonly input: DeckInput;
  /** The kit folder to write (its zip goes beside it, named after it: clinic-kit.zip). */
  readonly outDir: string;
  readonly signal?: AbortSignal;
  readonly log?: (message: string) => void;
}

export interface KitResult {
  readonly dir: string;
  readonly zip: string;
  readonly zipBytes: number;
  /** Every file in the folder, by name, with its size. */
  readonly files: readonly { readonly name: string; readonly bytes: number }[];
}

/** SHA256SUMS as `sha256sum -c` reads it: "<hex>  <name>", sorted by name. */
export function sha256sums(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${createHash('sha256').update(files.get(name)!).digest('hex')}  ${name}\n`)
    .join('');
}

/** The zip of the kit: its files under one folder named like it, so unzipping gives the folder. */
export function kitZip(folder: string, files: ReadonlyMap<string, Uint8Array>, date: string): Promise<Uint8Array> {
  return writeZip(new Map([...files].map(([name, bytes]) => [`${folder}/${name}`, bytes])), date);
}

export async function buildKit(options: KitOptions): Promise<KitResult> {
  const { signal, log = () => undefined } = options;
  const outDir = options.outDir;
  const folder = basename(outDir) || KIT_NAME;
  const scratch = join(dirname(outDir), `.${folder}.${process.pid}.tmp`);
  const work = join(scratch, 'work');
  const staged = join(scratch, folder);
  // Ctrl-C removes the scratch folder at once, whatever is still running.
  const discard = () => rmSync(scratch, { recursive: true, force: true });
  signal?.addEventListener('abort', discard, { once: true });
  const check = () => {
    if (signal?.aborted) throw new ExportInterruptedError();
  };
  try {
    discard();
    mkdirSync(staged, { recursive: true });
    const loaded = compileLoaded(options.input);
    const full = loaded.editions.find((e) => e.edition === FULL_EDITION)!;

    log('building the deck');
    const dist = await buildDeck(relative(PROJECT_ROOT, join(work, 'dist')), { quiet: true, deck: { compiled: loaded }, signal });
    check();
    const manifest = readManifest(dist, 'the kit’s build');
    const plan = kitFiles(loaded.editions.map((e) => ({ name: e.edition, minutes: spokenLength(e.slides).minutes, hasHandout: Boolean(manifest.handouts[e.edition]) })));
    const made = new Map<string, Uint8Array>();

    log('building the one-file pages');
    const pages = await buildSinglePages({ compiled: loaded, signal });
    check();
    for (const p of pages) made.set(p.file, Buffer.from(p.html));

    const { exportPdf } = await import('../slides-pdf.ts');
    const { exportHandout } = await import('../handout-pdf.ts');
    const { exportPptx } = await import('../pptx/export.ts');
    for (const file of plan) {
      const out = join(staged, file.name);
      const { make } = file;
      if (make.kind === 'single') {
        if (!made.has(make.page)) throw new Error(`The one-file build has no ${make.page}.`);
        continue;
      }
      log(`writing ${file.name}`);
      const common = { distDir: dist, manifest, edition: make.edition, out, signal, timeoutMs: DEFAULT_TIMEOUT_MS };
      if (make.kind === 'pdf') await exportPdf({ ...common, variant: VARIANTS[make.variant] });
      else if (make.kind === 'handout') await exportHandout({ ...common, paper: make.paper });
      else await exportPptx({ input: options.input, edition: make.edition, out, signal });
      check();
      made.set(file.name, readFileSync(out));
    }

    const review = reviewStatement(full.review);
    made.set(
      REVIEW_STATUS,
      Buffer.from(
        [
          full.meta.title,
          `Version ${full.meta.version}; facts last checked on ${longDate(full.meta.date)}.`,
          `Clinical review: ${review}`,
          `Content hash (SHA-256): ${full.contentHash}`,
          'A review record covers exactly this content hash: a changed slide is no longer covered.',
          '',
        ].join('\n'),
      ),
    );
    const listed = plan.map((f: KitFile) => ({ ...f, bytes: made.get(f.name)!.length }));
    made.set(
      START_HERE,
      Buffer.from(startHereHtml({ title: full.meta.title, lang: full.meta.lang, review: full.review, reviewSentence: review, checked: longDate(full.meta.date), contact: full.meta.contact, files: listed })),
    );
    made.set(SUMS, Buffer.from(sha256sums(made)));
    for (const [name, bytes] of made) writeFileSync(join(staged, name), bytes);
    check();

    log(`writing ${folder}.zip`);
    const zipBytes = await kitZip(folder, made, full.meta.date);
    check();
    // The folder replaces the previous kit in one rename (after the old one is moved aside), then the zip.
    const old = join(scratch, 'previous');
    rmSync(work, { recursive: true, force: true });
    try {
      renameSync(outDir, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    renameSync(staged, outDir);
    const zip = `${outDir}.zip`;
    await new AtomicFile(zip).commit(zipBytes);
    const files = [...made.keys()].sort().map((name) => ({ name, bytes: made.get(name)!.length }));
    return { dir: outDir, zip, zipBytes: zipBytes.length, files };
  } catch (error) {
    if (signal?.aborted) throw new ExportInterruptedError();
    throw error;
  } finally {
    signal?.removeEventListener('abort', discard);
    discard();
  }
}
