// `npm run bench`: runs every benchmark module in src/bench/ (each exports `run()` and prints its
// own figures). Benchmarks print numbers and flag budgets; they never fail a test run on timing.

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from './command.ts';
import { EXIT } from '../exit/exit-codes.ts';
import { deckErrorOf } from '../build/run-build.ts';

const dir = resolve(import.meta.dirname, '../bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

// Exit codes and Ctrl-C as every command has them (src/cli/command.ts): an invalid deck stops the
// bench with the validator's located message alone (exit 3); a benchmark that fails otherwise is
// reported and the others still run (exit 1).
await runCommand({ name: 'bench' }, async () => {
  let failed = false;
  for (const file of modules) {
    const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') continue;
    console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
    try {
      await mod.run();
    } catch (error) {
      if (deckErrorOf(error)) throw error;
      failed = true;
      console.error(`bench ${file} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
});
