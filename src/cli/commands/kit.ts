// `npm run kit [-- --out DIR]`: the clinic kit (src/export/kit/): out/clinic-kit/ and
// out/clinic-kit.zip. Progress on stderr; stdout lists every file written with its size, then the
// zip. Exit codes: src/exit/exit-codes.ts (an invalid deck: 3, with its located problems, and
// nothing written; a wrong option: 2; no Chromium or an unwritable place: 4; Ctrl-C: 130).

import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { UsageError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { KIT_NAME, START_HERE, startPage } from '../../export/kit/contents.ts';
import { LANGS, LOCALES } from '../../model/locales.ts';
import { loadDeck, PROJECT_ROOT } from '../../load/load-deck.ts';
import { assertWritableFile } from '../../output/output-path.ts';
import { SOURCE_FOLDERS } from '../../export/pptx/args.ts';
import { processIo, runCommand, type CommandIo, type Main } from '../command.ts';

export const USAGE = `Usage: npm run kit -- [--out DIR]

  Writes the clinic kit: one folder (default out/${KIT_NAME}/) and a zip of it beside it
  (out/${KIT_NAME}.zip), to copy to a USB stick or a shared drive. It holds START-HERE.html, every
  edition as one HTML file, a PowerPoint file, slide and notes PDFs, the handouts on US Letter and
  A4, the reading view and REVIEW-STATUS.txt; the same in Spanish in es/, with its own start page
  EMPIECE-AQUI.html beside START-HERE.html; and SHA256SUMS of every file. The same deck gives the
  same bytes.
  --out DIR   write the kit folder here instead (outside the project's sources)`;

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function shown(path: string, from: string): string {
  const rel = relative(from, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('kit', io, () => kit(argv, io));
};

async function kit(argv: readonly string[], io: CommandIo): Promise<number> {
  const log = (message: string) => io.stderr.write(`[kit] ${message}\n`);
  let out: string | undefined;
  try {
    const { values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (values.out === '') throw new UsageError('--out needs a folder.');
    out = values.out;
  } catch (error) {
    io.stderr.write(`[kit] ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const dir = out === undefined ? join(PROJECT_ROOT, 'out', KIT_NAME) : resolve(io.cwd, out);
  const dirShown = shown(dir, io.cwd);
  const inside = relative(PROJECT_ROOT, dir).split(/[\\/]/)[0];
  if (dir === PROJECT_ROOT || (inside && (SOURCE_FOLDERS as readonly string[]).includes(inside))) {
    throw new UsageError(`--out ${out}: ${dirShown} is inside the project's sources, which the kit must not replace. Choose a folder under out/ or outside the project.`);
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${out}: ${dirShown} is a file, not a folder. Choose another name.`);
  assertWritableFile(`${dir}.zip`, `${dirShown}.zip`);

  const started = performance.now();
  log('loading the deck');
  const input = await loadDeck();
  const { buildKit } = await import('../../export/kit/kit.ts');
  const result = await buildKit({ input, outDir: dir, signal: io.signal, log });
  const total = result.files.reduce((n, f) => n + f.bytes, 0);
  log(`wrote ${result.files.length} files (${size(total)}) and the zip (${size(result.zipBytes)}) in ${((performance.now() - started) / 1000).toFixed(0)} s. Open ${shown(join(result.dir, START_HERE), io.cwd)} first${otherStarts(result.dir)}.`);
  for (const f of result.files) io.stdout.write(`${shown(join(result.dir, f.name), io.cwd)} (${size(f.bytes)})\n`);
  io.stdout.write(`${shown(result.zip, io.cwd)} (${size(result.zipBytes)})\n`);
  return EXIT.ok;
}

/** The kit's start pages in its other languages, for the last line: " (Español: EMPIECE-AQUI.html)". */
function otherStarts(dir: string): string {
  const others = LANGS
    .filter((l) => startPage(l) !== START_HERE && existsSync(join(dir, startPage(l))))
    .map((l) => `${LOCALES[l].name}: ${startPage(l)}`);
  return others.length ? ` (${others.join('; ')})` : '';
}
