// `npm run bench [-- NAME…]`: runs every benchmark module in src/bench/ (each exports `run()` and
// prints its own figures), or only those named. Benchmarks print numbers and flag budgets; they
// never fail a test run on timing.
//
// Exit codes and Ctrl-C as every command has them (src/cli/command.ts): an invalid deck stops the
// bench with the validator's located message alone (exit 3); a benchmark that fails otherwise is
// reported and the others still run (exit 1).

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { processIo, runCommand, type Main } from '../command.ts';

const BENCH_DIR = resolve(import.meta.dirname, '../../bench');

export const main: Main = (argv, given) => {
  const io = processIo(given);
  const only = argv.filter((a) => !a.startsWith('-'));
  const modules = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
    .sort();
  return runCommand('bench', io, async () => {
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
