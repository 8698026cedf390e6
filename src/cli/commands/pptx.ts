// `npm run pptx [-- --edition NAME] [--out FILE]`: the deck as an editable PowerPoint file, for
// clinics that present from PowerPoint (src/export/pptx/). Progress on stderr; stdout says the
// file written and its size. Exit codes: src/exit/exit-codes.ts (the deck invalid: 3; a wrong
// option or a refused --out: 2; no Chromium or an unwritable place: 4; Ctrl-C: 130).
//
// Checked before the slow part: the arguments, the output path, the deck and the edition.
// (The output path is checked before the deck loads, so a refused --out costs nothing.)

import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../../exit/cli-error.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { assertPptxOut, defaultPptxOut, parsePptxArgs, USAGE, type PptxOptions } from '../../export/pptx/args.ts';
import { loadDeck, PROJECT_ROOT } from '../../load/load-deck.ts';
import { inputInLang } from '../../load/lang-deck.ts';
import { FULL_EDITION } from '../../model/types.ts';
import { assertWritableFile } from '../../output/output-path.ts';
import { processIo, runCommand, type CommandIo, type Main } from '../command.ts';

/** A path as the person typed it would read: relative to where they ran npm, if inside it. */
function shown(path: string, from: string): string {
  const rel = relative(from, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('pptx', io, () => pptx(argv, io));
};

async function pptx(argv: readonly string[], io: CommandIo): Promise<number> {
  const log = (message: string) => io.stderr.write(`[pptx] ${message}\n`);
  let args: PptxOptions;
  try {
    args = parsePptxArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`[pptx] ${error.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }

  // npm runs scripts in the project root; io.cwd (INIT_CWD) is where the person typed the command.
  const caller = io.cwd;
  const out = args.out === undefined ? resolve(PROJECT_ROOT, defaultPptxOut(args.edition, args.lang)) : resolve(caller, args.out);
  const outShown = shown(out, caller);
  assertPptxOut(out, outShown, PROJECT_ROOT);
  assertWritableFile(out, outShown);

  log('loading the deck');
  const { input, translation } = inputInLang(await loadDeck(), args.lang);
  const editions = [FULL_EDITION, ...Object.keys(input.deck.editions ?? {})];
  if (!editions.includes(args.edition)) {
    throw new UsageError(`--edition ${args.edition}: the deck has no such edition (it has ${editions.join(', ')}).`);
  }
  // pptxgenjs and Chromium are loaded only now, once the arguments and the deck are known good.
  const { exportPptx } = await import('../../export/pptx/export.ts');
  const result = await exportPptx({ input, ...(translation ? { translation } : {}), edition: args.edition, out, signal: io.signal, log });
  for (const { id, body } of result.crowded) {
    log(`warning: slide ${id} holds more than fits at the deck's sizes, so its text is set smaller (body ${body} pt). Shorten it or split it in two.`);
  }
  io.stdout.write(`${shown(result.path, caller)} (${size(result.bytes)}, ${result.slides} slides)\n`);
  return EXIT.ok;
}
