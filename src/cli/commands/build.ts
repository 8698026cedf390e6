// `npm run build`: the production build into dist/ (index.html and one page per edition with the
// slides in them, deck.json, assets), each phase's time on stderr. A deck that fails validation
// stops the build with the validator's located message alone (slide, file, field, what to do),
// and dist/ is left as it was. Each translation is built after the English into its own folder
// (dist/es/: index, short edition, reading view, handouts, lang="es-US"), from the same load.
// It takes no options: anything else is refused (exit 2), unbuilt.

import { relative } from 'node:path';
import { buildLanguages } from '../../build/build-languages.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { compileLoaded, loadDeckFrom } from '../../load/load-deck.ts';
import { LOCALES } from '../../model/locales.ts';
import { strictArgs } from '../args.ts';
import { processIo, runCommand, type Main } from '../command.ts';
import { phaseLog } from '../phases.ts';

const USAGE = `Usage: npm run build
  Builds the deck into dist/ (every edition, the reading view, the handout pages, deck.json).
  For one self-contained file to present offline: npm run build:single [-- --edition NAME].`;

export const main: Main = (argv, given) => {
  const io = processIo(given);
  return runCommand('build', io, async () => {
    const { values } = strictArgs(argv, { help: { type: 'boolean', short: 'h' } }, USAGE);
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const loaded = compileLoaded(await loadDeckFrom());
    // The English first, its phases on stderr; then each translation as a deck of its own (its
    // modules, its editions and handouts), no further translations.
    const english = { signal: io.signal, onPhase: phaseLog('build', io), onProgress: (line: string) => io.stderr.write(`[build] ${line}\n`) };
    await buildLanguages('dist', loaded, (lang) => (lang === 'en' ? english : { signal: io.signal }), (dir, lang) => {
      io.stderr.write(lang === 'en' ? `[build] wrote ${relative(process.cwd(), dir) || '.'}/\n` : `[build] wrote ${relative(process.cwd(), dir)}/ (${LOCALES[lang].name})\n`);
    });
    return EXIT.ok;
  });
};
