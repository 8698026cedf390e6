// The clinic kit (npm run kit): one folder, and a zip of it, that a clinic can copy to a USB stick
// or a shared drive and use without Node: in every language of the deck (the English at the top,
// each translation in its folder, es/), every edition as one HTML file, PowerPoint file and slide
// and notes PDFs, the handouts on Letter and A4, the reading view, a start page (START-HERE.html,
// EMPIECE-AQUI.html) and the review status; SHA256SUMS over all of it (contents.ts lists them).
// Every language is built in one pass (src/build/build-languages.ts, as `npm run build` does) and
// every PDF and PowerPoint file is drawn by one Chromium, started once: each export connects to it.
//
// Everything is made in a scratch folder beside the target and moved into place only when whole:
// an error or Ctrl-C leaves the previous kit as it was. Reproducible: every file is (the PDFs,
// the PowerPoint files and the HTML are each byte-identical for the same deck), and the zip's
// entries are sorted and dated with the deck's own date (src/output/zip.ts).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { connectChromium, launchChromiumServer } from '../../browser/chromium.ts';
import { buildLanguages, translationBuild } from '../../build/build-languages.ts';
import { buildSinglePages } from '../../build/single-file.ts';
import type { DeckInput } from '../../load/deck-input.ts';
import { inputInLang } from '../../load/lang-deck.ts';
import { compileLoaded, PROJECT_ROOT, type LoadedDeck } from '../../load/load-deck.ts';
import { reviewStatement, translationStatement as translationStatementIn } from '../../model/compile.ts';
import type { CompiledDeck } from '../../model/compiled.ts';
import { longDate } from '../../model/dates.ts';
import { LOCALES, SOURCE_LANG, type Lang } from '../../model/locales.ts';
import { spokenLength } from '../../model/spoken.ts';
import { FULL_EDITION } from '../../model/types.ts';
import { UI } from '../../model/ui/index.ts';
import { AtomicFile } from '../../output/atomic-file.ts';
import { readManifest } from '../../output/manifest-file.ts';
import { writeZip } from '../../output/zip.ts';
import { ExportInterruptedError } from '../export-errors.ts';
import { VARIANTS, DEFAULT_TIMEOUT_MS } from '../variants.ts';
import { kitFiles, KIT_NAME, startPage, statusFile, SUMS, type KitEdition, type KitFile } from './contents.ts';
import { startHereHtml, type StartHereTranslation } from './start-here.ts';

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

/** One language of the kit: its deck (the English, or a translation as a deck of its own) and its build. */
interface KitLanguage {
  readonly lang: Lang;
  readonly loaded: LoadedDeck;
  readonly full: CompiledDeck;
  readonly dist: string;
  readonly plan: readonly KitFile[];
  readonly editions: readonly KitEdition[];
}

/** A translation's own review as its start pages say it, in `lang`. */
function translationOf(full: CompiledDeck, lang: Lang): StartHereTranslation | undefined {
  const t = full.translation;
  if (!t) return undefined;
  return { statement: translationStatementIn(t.status, lang), reviewed: t.status.state === 'current', stale: t.stale.length };
}

/** REVIEW-STATUS.txt (es/ESTADO-DE-REVISION.txt): the review sentences, the version and the content hash, in the language. */
function statusText(l: KitLanguage, others: readonly KitLanguage[]): string {
  const { full, lang } = l;
  const ui = UI[lang];
  const lines = [
    full.meta.title,
    ui.kit.status.version(full.meta.version, longDate(full.meta.date, lang)),
    `${ui.info.clinicalReview}: ${reviewStatement(full.review, lang)}`,
    ...(full.translation ? [`${ui.info.translation}: ${full.translation.statement}`] : []),
    ...others.flatMap((o) => (o.full.translation ? [`${ui.kit.status.translationOf(ui.kit.languageNames[o.lang], LOCALES[o.lang].folder)}: ${translationStatementIn(o.full.translation.status, lang)}`] : [])),
    `${ui.kit.status.hash}: ${full.contentHash}`,
    ui.kit.status.covers,
    '',
  ];
  return lines.join('\n');
}

export async function buildKit(options: KitOptions): Promise<KitResult> {
  const { signal, log = () => undefined } = options;
  const outDir = options.outDir;
  const folder = basename(outDir) || KIT_NAME;
  const scratch = join(dirname(outDir), `.${folder}.${process.pid}.tmp`);
  const work = join(scratch, 'work');
  const staged = join(scratch, folder);
  let chromium: Promise<BrowserServer> | undefined;
  const closeChromium = () => chromium?.then((server) => server.close()).catch(() => undefined);
  // Ctrl-C removes the scratch folder at once, whatever is still running.
  const discard = () => rmSync(scratch, { recursive: true, force: true });
  const stop = () => {
    discard();
    void closeChromium();
  };
  signal?.addEventListener('abort', stop, { once: true });
  const check = () => {
    if (signal?.aborted) throw new ExportInterruptedError();
  };
  try {
    discard();
    mkdirSync(staged, { recursive: true });
    const loaded = compileLoaded(options.input);
    // Chromium starts beside the build; every export below connects to it (and closes only its connection).
    const started = (chromium = launchChromiumServer({ handleSIGINT: false, handleSIGTERM: false }));
    started.catch(() => undefined); // a missing Chromium is reported by the first export that connects
    const connect = async () => connectChromium((await started).wsEndpoint());

    log(`building the deck (${[SOURCE_LANG, ...loaded.translations.map((t) => t.lang)].join(', ')})`);
    const dists = await buildLanguages(relative(PROJECT_ROOT, join(work, 'dist')), loaded, { quiet: true, signal });
    check();
    const langs: Lang[] = [SOURCE_LANG, ...loaded.translations.map((t) => t.lang)];
    const languages: KitLanguage[] = langs.map((lang, i) => {
      const deck = lang === SOURCE_LANG ? loaded : translationBuild(loaded, lang);
      const dist = dists[i]!;
      const manifest = readManifest(dist, 'the kit’s build');
      const editions = deck.editions.map((e) => ({ name: e.edition, minutes: spokenLength(e.slides).minutes, hasHandout: Boolean(manifest.handouts[e.edition]) }));
      return { lang, loaded: deck, full: deck.editions.find((e) => e.edition === FULL_EDITION)!, dist, plan: kitFiles(editions, lang), editions };
    });
    const made = new Map<string, Uint8Array>();

    const { exportPdf } = await import('../slides-pdf.ts');
    const { exportHandout } = await import('../handout-pdf.ts');
    const { exportPptx } = await import('../pptx/export.ts');
    for (const l of languages) {
      const prefix = LOCALES[l.lang].folder;
      if (prefix) mkdirSync(join(staged, prefix), { recursive: true });
      log(`building the one-file pages${prefix ? ` (${prefix})` : ''}`);
      const pages = new Map((await buildSinglePages({ compiled: l.loaded, signal })).map((p) => [p.file, p.html]));
      check();
      const manifest = readManifest(l.dist, 'the kit’s build');
      const { input, translation } = inputInLang(options.input, l.lang);
      for (const file of l.plan) {
        const out = join(staged, file.name);
        const { make } = file;
        if (make.kind === 'single') {
          const html = pages.get(make.page);
          if (html === undefined) throw new Error(`The one-file build has no ${make.page}.`);
          made.set(file.name, Buffer.from(html));
          continue;
        }
        log(`writing ${file.name}`);
        const common = { distDir: l.dist, manifest, edition: make.edition, out, signal, timeoutMs: DEFAULT_TIMEOUT_MS };
        if (make.kind === 'pdf') await exportPdf({ ...common, variant: VARIANTS[make.variant], browser: connect() });
        else if (make.kind === 'handout') await exportHandout({ ...common, paper: make.paper, browser: connect() });
        else await exportPptx({ input, edition: make.edition, out, signal, browser: connect, ...(translation ? { translation } : {}) });
        check();
        made.set(file.name, readFileSync(out));
      }
    }

    for (const l of languages) {
      const others = languages.filter((o) => o !== l);
      made.set(statusFile(l.lang), Buffer.from(statusText(l, others)));
      const listed = l.plan.map((f) => ({ ...f, bytes: made.get(f.name)!.length }));
      const html = startHereHtml({
        lang: l.lang,
        title: l.full.meta.title,
        review: l.full.review,
        reviewSentence: reviewStatement(l.full.review, l.lang),
        ...(l.full.translation ? { translation: translationOf(l.full, l.lang)! } : {}),
        checked: longDate(l.full.meta.date, l.lang),
        contact: l.full.meta.contact,
        files: listed,
        others: others.map((o) => ({
          lang: o.lang,
          ...(o.full.translation ? { translation: translationOf(o.full, l.lang)! } : {}),
          // Its files for patients, in this page's words: a presenter can hand out the other language's handout from here.
          patients: kitFiles(o.editions, o.lang, l.lang)
            .filter((f) => f.use === 'patients')
            .map((f) => ({ ...f, bytes: made.get(f.name)!.length })),
        })),
      });
      made.set(startPage(l.lang), Buffer.from(html));
    }
    made.set(SUMS, Buffer.from(sha256sums(made)));
    for (const [name, bytes] of made) writeFileSync(join(staged, name), bytes);
    check();

    const full = languages[0]!.full;
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
    signal?.removeEventListener('abort', stop);
    discard();
    await closeChromium();
  }
}
