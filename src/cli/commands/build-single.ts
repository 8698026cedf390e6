// `npm run build:single`: out/deck.html and out/read.html, each one self-contained file
// (src/build/single-file.ts). stderr says what was written; stdout lists the files, for scripts.

import { relative } from 'node:path';
import { buildSingleFile, SINGLE_FILE } from '../../build/single-file.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { processIo, runCommand, type Main } from '../command.ts';

export const main: Main = (_argv, given) => {
  const io = processIo(given);
  return runCommand('build:single', io, async () => {
    const { file, bytes, readFile, readBytes } = await buildSingleFile(SINGLE_FILE, { quiet: true, signal: io.signal });
    const shown = (f: string) => relative(io.cwd, f);
    io.stderr.write(`[build:single] wrote ${shown(file)} (${(bytes / 1024).toFixed(0)} KB): open it in a browser, no server needed.\n`);
    io.stderr.write(`[build:single] wrote ${shown(readFile)} (${(readBytes / 1024).toFixed(0)} KB): the reading view, for phones and reading at home.\n`);
    // stdout: the files written, one per line (the deck first), for scripts.
    io.stdout.write(`${shown(file)}\n${shown(readFile)}\n`);
    return EXIT.ok;
  });
};
