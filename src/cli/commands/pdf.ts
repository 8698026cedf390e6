// `npm run pdf [-- --notes | --steps] [--edition NAME] [--out FILE] ...`: see ../pdf-args.ts for the options.
// Progress on stderr; the last stdout line is the path written. Exit codes: src/exit/exit-codes.ts.
//
// Everything that can be checked before the slow part is checked first: the arguments, that the
// output can be written, that the build to print exists and matches the sources (or is rebuilt).
// The PDF's title, outline, metadata and notes come from the deck.json of the build printed.

import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EnvironmentError, UsageError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import type { Browser } from 'playwright-core';
import type { Stage } from '../../export/session.ts';
import { defaultOut, handoutOut } from '../../export/variants.ts';
import { PROJECT_ROOT } from '../../load/project-root.ts';
import { buildState, staleReason } from '../../output/build-state.ts';
import { readManifest } from '../../output/manifest-file.ts';
import { assertOutputPath, PDF_OUTPUT } from '../../output/output-kind.ts';
import { assertWritableFile } from '../../output/output-path.ts';
import { inLangFolder } from '../../model/locales.ts';
import { processIo, runCommand, type CommandIo, type Main } from '../command.ts';
import { parseCliArgs, USAGE, type CliOptions } from '../pdf-args.ts';

/** A path as the person typed it would read: relative to where they ran npm, if inside it. */
function shown(path: string, from: string): string {
  const rel = relative(from, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export const main: Main = (argv, given) => {
  const io = processIo(given);
  const log = (stage: Stage, message: string) => io.stderr.write(`[pdf] ${stage}: ${message}\n`);
  return runCommand('pdf', io, () => pdf(argv, io, log));
};

async function pdf(argv: readonly string[], io: CommandIo, log: (stage: Stage, message: string) => void): Promise<number> {
  let args: CliOptions;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`[pdf] ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }

  // npm runs scripts in the project root; io.cwd (INIT_CWD) is where the person typed the command.
  const caller = io.cwd;
  // A translation goes beside the English, in its language's folder: out/es/deck.pdf from dist/es/.
  const defaultFile = inLangFolder(args.handout ? handoutOut(args.edition) : defaultOut(args.variant, args.edition), args.lang);
  const out = args.out === undefined ? resolve(PROJECT_ROOT, defaultFile) : resolve(caller, args.out);
  const dist = args.dist === undefined ? resolve(PROJECT_ROOT, inLangFolder('dist', args.lang)) : resolve(caller, args.dist);
  const distShown = shown(dist, caller);
  // A typo must not destroy work: never over a slide, README.md or any file that is not a PDF.
  assertOutputPath(out, shown(out, caller), PROJECT_ROOT, PDF_OUTPUT);
  assertWritableFile(out, shown(out, caller));

  // Chromium takes a second or two to start: start it now, beside checking (or making) the build
  // and loading the exporter, instead of after them. The export's session takes it over; on any
  // other path it is closed here (close() of a closed browser does nothing).
  const browser = import('../../browser/chromium.ts').then(({ launchChromium }) => launchChromium());
  browser.catch(() => undefined); // a missing Chromium is reported by the session, after the build checks
  try {
    return await exportWith(args, { io, log, out, dist, distShown, browser });
  } finally {
    await browser.then((b) => b.close()).catch(() => undefined);
  }
}

const noSuchEdition = (edition: string, names: readonly string[]): UsageError =>
  new UsageError(`--edition ${edition}: the deck has no such edition (it has ${names.join(', ')}). Nothing was built or written.`);

interface Prepared {
  readonly io: CommandIo;
  readonly log: (stage: Stage, message: string) => void;
  readonly out: string;
  readonly dist: string;
  readonly distShown: string;
  readonly browser: Promise<Browser>;
}

/** The build checked (or made), then the export, into `out`. */
async function exportWith(args: CliOptions, { io, log, out, dist, distShown, browser }: Prepared): Promise<number> {
  const { signal } = io;
  const caller = io.cwd;

  if (args.dist !== undefined) {
    if (!existsSync(dist) || !statSync(dist).isDirectory()) {
      throw new EnvironmentError(`--dist ${args.dist}: there is no folder ${distShown}/. Give the folder of a built deck (it holds index.html and deck.json), or leave out --dist to print dist/, which is built when needed.`);
    }
    const state = buildState(dist, PROJECT_ROOT, distShown);
    if (state.state === 'unusable') throw new EnvironmentError(`--dist ${args.dist}: ${state.reason}`);
    if (state.state === 'stale' && args.refuseStale) {
      throw new EnvironmentError(`--no-build: ${staleReason(state.changed, distShown)}, so its pages would not match the sources. Build it again, or leave out --no-build to print that older build on purpose.`);
    }
    log('build', state.state === 'current' ? `using ${distShown}/ as it is` : `using ${distShown}/ as it is, on purpose (${staleReason(state.changed, distShown)})`);
  } else {
    const state = buildState(dist, PROJECT_ROOT, distShown);
    if (!args.build) {
      if (state.state === 'unusable') throw new EnvironmentError(`--no-build: ${state.reason}. Run \`npm run build\` first.`);
      if (state.state === 'stale') {
        throw new EnvironmentError(`--no-build: ${staleReason(state.changed, distShown)}, so its pages would not match the sources. Run \`npm run build\`, or print that older build on purpose with --dist ${distShown}.`);
      }
      log('build', `${distShown}/ is up to date`);
    } else if (state.state === 'current') log('build', `${distShown}/ is up to date`);
    else {
      // The deck is loaded first: an edition it does not have is refused before dist/ is rebuilt.
      // (The loader and the model come only on this path: printing a current build needs neither.)
      const [{ compileLoaded, loadDeck }, { deckInLang }] = await Promise.all([import('../../load/load-deck.ts'), import('../../load/lang-deck.ts')]);
      const loaded = deckInLang(compileLoaded(await loadDeck()), args.lang);
      const names = loaded.editions.map((e) => e.edition);
      if (!names.includes(args.edition)) throw noSuchEdition(args.edition, names);
      log('build', `building the deck (${state.state === 'stale' ? staleReason(state.changed, distShown) : state.reason})`);
      const started = performance.now();
      // Vite only when there is something to build.
      const { buildDeck } = await import('../../build/run-build.ts');
      await buildDeck(relative(PROJECT_ROOT, dist), { quiet: true, signal, deck: { compiled: loaded } });
      log('build', `built ${distShown}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }

  const manifest = readManifest(dist, distShown);
  if (!manifest.editions[args.edition]) throw noSuchEdition(args.edition, Object.keys(manifest.editions));
  // What the handout and the slide PDFs print from, where to, and how they report.
  const common = {
    distDir: dist,
    manifest,
    edition: args.edition,
    out,
    port: args.port,
    timeoutMs: args.timeoutMs,
    signal,
    browser,
    log: (stage: Stage, message: string) => log(stage, message.replace(out, shown(out, caller))),
  };
  // Each export loads only its own code (pdf-lib and playwright-core come with it).
  const result = args.handout
    ? await (await import('../../export/handout-pdf.ts')).exportHandout({ ...common, paper: args.handout.paper })
    : await (await import('../../export/slides-pdf.ts')).exportPdf({ ...common, variant: args.variant });
  io.stdout.write(`${shown(result.path, caller)}\n`);
  return EXIT.ok;
}
