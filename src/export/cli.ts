// `npm run pdf [-- --notes | --steps] [--out FILE] ...`: see args.ts for the options.
// Progress on stderr; the last stdout line is the path written. Exit codes: 0 written,
// 1 export failed (one-line message, no stack), 2 bad arguments, 130/143 interrupted.

import { relative, resolve, isAbsolute } from 'node:path';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../node/build.ts';
import { parseCliArgs, USAGE, UsageError } from './args.ts';
import { buildInto, buildReason, type BuildJob } from './build-if-needed.ts';
import { ChromiumNotFoundError } from '../node/chromium.ts';
import { PortInUseError } from '../node/serve.ts';
import { ExportError, ExportInterruptedError } from './errors.ts';
import { exportPdf, type Stage } from './export.ts';

const log = (stage: Stage, message: string) => process.stderr.write(`[pdf] ${stage}: ${message}\n`);

/** A path as the person typed it would read: relative to where they ran npm, if inside it. */
function shown(path: string, from: string): string {
  const rel = relative(from, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Our own errors say what to do in full; anything else is cut to its first line (DEBUG=1 for all). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const ours = error instanceof ExportError || error instanceof ChromiumNotFoundError || error instanceof PortInUseError || error.name === 'DeckValidationError';
  if (ours || process.env.DEBUG) return error.message;
  return `${error.message.split('\n')[0]} (run with DEBUG=1 for details)`;
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`[pdf] ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  // npm runs scripts in the project root; INIT_CWD is where the person typed the command.
  const caller = process.env.INIT_CWD ?? process.cwd();
  const out = args.out === undefined ? resolve(PROJECT_ROOT, args.variant.defaultOut) : resolve(caller, args.out);
  const dist = args.dist === undefined ? resolve(PROJECT_ROOT, 'dist') : resolve(caller, args.dist);

  const controller = new AbortController();
  let build: BuildJob | null = null;
  let exitCode = 130;
  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = signal === 'SIGTERM' ? 143 : 130;
    if (controller.signal.aborted) process.exit(exitCode); // a second Ctrl-C: stop waiting
    // A Vite build cannot be cancelled: drop its temporary folder and leave now.
    if (build) {
      process.stderr.write(`\n[pdf] ${signal}: build stopped; dist/ is left as it was.\n`);
      rmSync(build.tempDir, { recursive: true, force: true });
      process.exit(exitCode);
    }
    process.stderr.write(`\n[pdf] ${signal}: stopping; closing the browser and the server.\n`);
    controller.abort();
    // Never hang on shutdown.
    setTimeout(() => process.exit(exitCode), 5000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    if (args.build) {
      const reason = buildReason(dist);
      if (reason === null) log('build', `${shown(dist, caller)}/ is up to date`);
      else {
        log('build', `building the deck (${reason})`);
        const started = performance.now();
        build = buildInto(dist);
        await build.done;
        build = null;
        log('build', `built ${shown(dist, caller)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    } else log('build', `using ${shown(dist, caller)}/ as it is`);

    const { default: deck } = await import('../../slides/index.ts');
    const result = await exportPdf({
      distDir: dist,
      variant: args.variant,
      out,
      meta: deck.meta,
      port: args.port,
      timeoutMs: args.timeoutMs,
      signal: controller.signal,
      log: (stage, message) => log(stage, message.replace(out, shown(out, caller))),
    });
    process.stdout.write(`${shown(result.path, caller)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ExportInterruptedError || controller.signal.aborted) {
      process.stderr.write(`[pdf] ${new ExportInterruptedError().message}\n`);
      return exitCode;
    }
    process.stderr.write(`[pdf] error: ${describe(error)}\n`);
    if (process.env.DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
