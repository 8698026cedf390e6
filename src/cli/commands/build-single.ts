// `npm run build:single [-- --edition NAME]`: out/deck.html (out/deck-<edition>.html for another
// edition, e.g. the 10-minute `short`) and out/read.html, each one self-contained file
// (src/build/single-file.ts). stderr says what was written; stdout lists the files, for scripts.
// An unknown option, or an edition the deck does not have, is refused before any work (exit 2).

import { relative } from 'node:path';
import { buildSingleFile } from '../../build/single-file.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { ID_PATTERN } from '../../model/kinds.ts';
import { FULL_EDITION } from '../../model/types.ts';
import { parseLang } from '../../model/locales.ts';
import { UsageError } from '../../exit/cli-error.ts';
import { strictArgs } from '../args.ts';
import { processIo, runCommand, type Main } from '../command.ts';

const USAGE = `Usage: npm run build:single [-- --edition NAME] [--lang en|es]
  (default)       the full deck as one file                 → out/deck.html
  --edition NAME  another edition, e.g. short (10 minutes)  → out/deck-short.html
  --lang es       the Spanish (es-US) edition               → out/es/deck.html (out/es/deck-short.html)
  Each writes the reading view beside it too                → out/read.html (out/es/read.html)`;

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('build:single', io, async () => {
    const { values } = strictArgs(argv, { edition: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const edition = values.edition ?? FULL_EDITION;
    const lang = parseLang(values.lang);
    if (!ID_PATTERN.test(edition)) throw new UsageError(`--edition must be an edition name such as "short", not "${edition}".\n${USAGE}`);
    const { file, bytes, readFile, readBytes } = await buildSingleFile(undefined, { edition, lang, quiet: true, signal: io.signal, onProgress: (line) => io.stderr.write(`[build:single] ${line}\n`) });
    const shown = (f: string) => relative(io.cwd, f);
    io.stderr.write(`[build:single] wrote ${shown(file)} (${(bytes / 1024).toFixed(0)} KB): open it in a browser, no server needed.\n`);
    io.stderr.write(`[build:single] wrote ${shown(readFile)} (${(readBytes / 1024).toFixed(0)} KB): the reading view, for phones and reading at home.\n`);
    // stdout: the files written, one per line (the deck first), for scripts.
    io.stdout.write(`${shown(file)}\n${shown(readFile)}\n`);
    return EXIT.ok;
  });
};
