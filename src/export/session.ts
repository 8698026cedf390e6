// What every PDF export opens and must close on every path (success, error, Ctrl-C): the deck's
// folder served on 127.0.0.1, Chromium, and the output written atomically. The slide PDFs
// (export.ts) and the handout (handout.ts) each print inside one session.

import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveDirectory, type StaticServer } from '../browser/serve.ts';
import { AtomicFile } from '../output/atomic-file.ts';
import { Cleanup } from './cleanup.ts';
import { ExportInterruptedError } from './export-errors.ts';

export type Stage = 'build' | 'browser' | 'render' | 'write';

export interface SessionOptions {
  /** A built deck (its pages and assets). */
  readonly distDir: string;
  /** Output file. */
  readonly out: string;
  /** 0 (default): any free port. */
  readonly port?: number;
  readonly signal?: AbortSignal;
  readonly log?: (stage: Stage, message: string) => void;
  /** A Chromium already starting (the command starts it early, beside its other work); default: launch one here. */
  readonly browser?: Promise<Browser>;
}

interface PrintSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Where the PDF goes: commit() writes it whole or not at all. */
  readonly file: AtomicFile;
  /** Throws ExportInterruptedError once the run was stopped. */
  checkSignal(): void;
  /** Time since the session started, e.g. "1.2 s". */
  seconds(): string;
  /** Milliseconds since the session started. */
  elapsed(): number;
  log(stage: Stage, message: string): void;
}

export async function withPrintSession<T>(options: SessionOptions, work: (session: PrintSession) => Promise<T>): Promise<T> {
  const { signal } = options;
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const seconds = () => `${(elapsed() / 1000).toFixed(1)} s`;
  const cleanup = new Cleanup();
  const file = new AtomicFile(options.out);
  cleanup.defer(() => file.discard());
  // Ctrl-C closes everything at once, while the export is still awaiting something.
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
    const browser = await (options.browser ?? launchChromium());
    cleanup.defer(() => browser.close());
    checkSignal();
    log('browser', `Chromium ${browser.version()} started (${seconds()})`);
    return await work({ server, browser, file, checkSignal, seconds, elapsed, log });
  } catch (error) {
    if (signal?.aborted) throw new ExportInterruptedError();
    throw error;
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await cleanup.run();
  }
}
