// Building the deck from Node (npm run build, the PDF export, build:single, the fit check, the
// bench, tests). The deck is loaded with the command's own loader (tsx's native import,
// src/load/load-deck.ts) and handed to the Vite plugin already compiled, unless the caller
// passes it in: a command that checked the deck first builds from what it checked.
//
// Nothing half-done: Vite writes into a temporary folder next to the target, which replaces the
// target only when the build is complete. An interrupted or failed build leaves the previous
// build as it was (and removes its temporary folder, also on Ctrl-C: see onInterrupt).

import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, createLogger, mergeConfig, type InlineConfig, type Logger, type PluginOption } from 'vite';
import { CliError } from '../exit/cli-error.ts';
import { EXIT } from '../exit/exit-codes.ts';
import { compileLoaded, loadDeckFrom, PROJECT_ROOT } from '../load/load-deck.ts';
import { DeckValidationError } from '../model/errors.ts';
import { abandonedScratch, releaseScratch, removeAbandonedScratch, scratchPath } from '../output/scratch.ts';
import { writeError } from '../output/output-path.ts';
import type { DeckPluginOptions } from './deck-plugin.ts';
import { deckViteConfig } from './vite-config.ts';

export interface BuildOptions {
  readonly quiet?: boolean;
  /** The deck to build (default: slides/index.ts with slides/local.ts and slides/review.ts). */
  readonly deck?: DeckPluginOptions;
  /** Plugins before the deck's own (e.g. the single-file inliner). */
  readonly plugins?: readonly PluginOption[];
  /** Merged over the deck's Vite configuration. */
  readonly config?: InlineConfig;
  /** Ctrl-C: the build is abandoned (its temporary folder removed, the target left as it was). */
  readonly signal?: AbortSignal;
  /** Told each phase's time: load, compile, render, bundle, write (`npm run build` prints them). */
  readonly onPhase?: (phase: BuildPhase, ms: number) => void;
  /** Told, before a part that takes a while (large figures to inline), what it is doing. */
  readonly onProgress?: (line: string) => void;
}

/** Figures larger than this in all (SVG text inlined into every page) get a progress line. */
const LARGE_FIGURES = 256 * 1024;

type BuildPhase = 'load' | 'compile' | 'render' | 'bundle' | 'write';

/** A plugin stopped the build (a figure that is not SVG, …): its own words, exit 1. */
export class BuildError extends CliError {
  override name = 'BuildError';
}

/** A build in progress: its temporary folder (remove it if interrupted) and its completion. */
interface BuildJob {
  readonly tempDir: string;
  readonly done: Promise<string>;
}

/** Thrown by a build that was abandoned (Ctrl-C) when it completes: it replaced nothing. */
class BuildAbandonedError extends Error {
  override name = 'BuildAbandonedError';
}

interface Job extends BuildJob {
  abandoned: boolean;
}

const jobs = new Set<Job>();

// Whatever ends the process (a second Ctrl-C, the command's 5 s limit) leaves no temporary folder.
process.on('exit', () => {
  for (const job of jobs) rmSync(job.tempDir, { recursive: true, force: true });
});

/**
 * Vite's logger, less its "✗ Build failed in 240ms": the command that ran the build says what
 * failed and where (the validator's located message), and nothing else.
 */
function deckLogger(level: 'error' | 'info'): Logger {
  const logger = createLogger(level);
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (/Build failed in \d/.test(message)) return;
    error(message, options);
  };
  return logger;
}

/** Puts the finished build in place of `target`; on any failure `target` is as it was. */
function swapIn(tempDir: string, target: string): void {
  const old = `${tempDir}.old`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(tempDir, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * A build killed outright cannot clean up after itself: its temporary folder is removed by the
 * next build (src/output/scratch.ts), and a previous build it had moved aside to swap in the new
 * one is put back first, so dist/ is never lost.
 */
function recoverAbandoned(target: string): void {
  const prefix = `.${basename(target)}.building`;
  for (const name of abandonedScratch(dirname(target), prefix)) {
    if (name.endsWith('.old') && !existsSync(target)) renameSync(join(dirname(target), name), target);
  }
  removeAbandonedScratch(dirname(target), prefix);
}

/** Builds the deck into `outDir` (relative to the project root), atomically. */
function startBuild(outDir = 'dist', options: BuildOptions = {}): BuildJob {
  const target = resolve(PROJECT_ROOT, outDir);
  recoverAbandoned(target);
  const tempDir = scratchPath(dirname(target), `.${basename(target)}.building`);
  const job: { tempDir: string; abandoned: boolean; done?: Promise<string> } = { tempDir, abandoned: false };
  jobs.add(job as Job);
  const abandon = () => abandonJob(job as Job);
  options.signal?.addEventListener('abort', abandon, { once: true });
  const phase = (name: BuildPhase, since: number) => options.onPhase?.(name, performance.now() - since);
  job.done = (async () => {
    // Vite makes a development build (import.meta.env.DEV true) when NODE_ENV is already set to
    // anything but "production", as vitest sets it to "test". Tests and tools must measure the
    // deck that ships, so force a production build for the call's duration.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      let compiled = options.deck?.compiled;
      if (!compiled) {
        let at = performance.now();
        const input = await loadDeckFrom(options.deck);
        phase('load', at);
        at = performance.now();
        compiled = compileLoaded(input);
        phase('compile', at);
      }
      const svgBytes = [...compiled.input.figures.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
      if (svgBytes >= LARGE_FIGURES) {
        options.onProgress?.(`inlining ${(svgBytes / 1024 / 1024).toFixed(2)} MB of SVG figures into the pages (${compiled.input.figures.size} files); a large drawing takes a moment`);
      }
      let renderMs = 0;
      const deck: DeckPluginOptions = { ...options.deck, compiled, onRender: (ms) => (renderMs = ms) };
      const bundling = performance.now();
      const base = mergeConfig(deckViteConfig(deck, options.plugins), {
        root: PROJECT_ROOT,
        configFile: false,
        logLevel: options.quiet ? 'error' : 'info',
        customLogger: deckLogger(options.quiet ? 'error' : 'info'),
        build: { outDir: tempDir, emptyOutDir: true },
      } satisfies InlineConfig);
      await build(options.config ? mergeConfig(base, options.config) : base);
      // Vite's own work, less the plugin's rendering (reported on its own).
      options.onPhase?.('render', renderMs);
      options.onPhase?.('bundle', performance.now() - bundling - renderMs);
      // Interrupted while Vite was still writing: keep the previous build, whatever was written.
      if (job.abandoned) throw new BuildAbandonedError(`The build of ${outDir}/ was interrupted; ${outDir}/ was left as it was.`);
      const writing = performance.now();
      swapIn(tempDir, target);
      phase('write', writing);
      return target;
    } finally {
      options.signal?.removeEventListener('abort', abandon);
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
      rmSync(tempDir, { recursive: true, force: true });
      releaseScratch(tempDir);
      jobs.delete(job as Job);
    }
  })();
  return job as BuildJob;
}

/**
 * Builds and waits. Throws DeckValidationError for an invalid deck (exit 3) and BuildError, in
 * the words of the plugin that stopped it, for a build that failed (exit 1).
 */
export async function buildDeck(outDir = 'dist', options: BuildOptions = {}): Promise<string> {
  try {
    return await startBuild(outDir, options).done;
  } catch (error) {
    const deck = deckErrorOf(error);
    if (deck) throw deck;
    // Writing dist/ (or its temporary folder beside it) refused: disk full, dist/ busy, no permission.
    const written = (error as NodeJS.ErrnoException | null)?.path;
    const target = resolve(PROJECT_ROOT, outDir);
    if (written === undefined || written.startsWith(target) || basename(written).startsWith(`.${basename(target)}.building`) || written.includes(`/.${basename(target)}.building`)) {
      const refused = writeError(error, `${outDir}/`);
      if (refused) throw refused;
    }
    const message = buildFailureMessage(error);
    throw message === undefined ? error : new BuildError(message, EXIT.failed, { cause: error });
  }
}

/**
 * Abandons a build still running (a Vite build cannot be cancelled): it removes its temporary
 * folder and replaces nothing when Vite is done, or when the process exits first.
 */
function abandonJob(job: Job): void {
  job.abandoned = true;
  rmSync(job.tempDir, { recursive: true, force: true });
}

// A plugin's error can come back from the bundler as a copy (the same name and problems, another
// object) rather than the instance thrown, so it is recognised by its shape, here only.
const isDeckError = (e: unknown): e is Error & Pick<DeckValidationError, 'problems'> =>
  e instanceof Error && e.name === DeckValidationError.name && Array.isArray((e as { problems?: unknown }).problems);

/** The validation error inside a bundler error, if that is what stopped the build. */
function deckErrorOf(error: unknown): DeckValidationError | undefined {
  if (isDeckError(error)) return error instanceof DeckValidationError ? error : new DeckValidationError(error.problems);
  const inner = (error as { errors?: unknown[]; cause?: unknown } | null)?.errors;
  const found = Array.isArray(inner) ? inner.find(isDeckError) : undefined;
  if (found) return found instanceof DeckValidationError ? found : new DeckValidationError(found.problems);
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause && cause !== error ? deckErrorOf(cause) : undefined;
}

/**
 * What stopped a Vite build, in the words of the plugin that stopped it (e.g. "slides/figures/x.svg
 * is not a well-formed SVG file. …"), without Vite's "Build failed with 1 error:" and the stack.
 */
function buildFailureMessage(error: unknown): string | undefined {
  const inner = (error as { errors?: unknown[] } | null)?.errors;
  const first = Array.isArray(inner) ? inner.find((e): e is Error => e instanceof Error && e.message.trim() !== '') : undefined;
  return first?.message
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
    .trim();
}
