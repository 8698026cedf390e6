// `npm run bench [-- NAME…]`: runs every benchmark module in src/bench/ (each exports `run()` and
// prints its own figures), or only those named; an unknown name or option is refused (exit 2). Benchmarks print numbers and flag budgets; they
// never fail a test run on timing.
//
// Exit codes and Ctrl-C as every command has them (src/cli/command.ts): an invalid deck stops the
// bench with the validator's located message alone (exit 3); a benchmark that fails otherwise is
// reported and the others still run (exit 1).

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, UsageError } from '../../exit/cli-error.ts';
import { strictArgs } from '../args.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { processIo, runCommand, type Main } from '../command.ts';

const BENCH_DIR = resolve(import.meta.dirname, '../../bench');

/** The benchmarks there are: bundle, pdf, … (one module each). */
const benchNames = (): string[] =>
  readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

const usage = (names: readonly string[]) => `Usage: npm run bench [-- NAME…]\n  NAME: ${names.join(', ')} (default: all of them)`;

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('bench', io, async () => {
    const names = benchNames();
    const { values, positionals } = strictArgs(argv, { help: { type: 'boolean', short: 'h' } }, usage(names), true);
    if (values.help) {
      io.stdout.write(`${usage(names)}\n`);
      return EXIT.ok;
    }
    // A misspelt name must not run nothing and exit 0.
    const unknown = positionals.filter((p) => !names.includes(p));
    if (unknown.length > 0) throw new UsageError(`there is no benchmark ${unknown.map((u) => `"${u}"`).join(', ')}: the benchmarks are ${names.join(', ')}.\n${usage(names)}`);
    const modules = names.filter((n) => positionals.length === 0 || positionals.includes(n)).map((n) => `${n}.ts`);
    let failed = false;
    for (const file of modules) {
      // Each benchmark's own dependencies (Vite, Playwright, pdf-lib) load with it.
      const mod = (await import(pathToFileURL(resolve(BENCH_DIR, file)).href)) as { run?: () => Promise<void> };
      if (typeof mod.run !== 'function') continue;
      console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
      try {
        await mod.run();
      } catch (error) {
        if (error instanceof CliError && error.exitCode === EXIT.invalidDeck) throw error;
        failed = true;
        console.error(`bench ${file} failed:`, error instanceof Error ? error.message : error);
      }
    }
    return failed ? EXIT.failed : EXIT.ok;
  });
};
