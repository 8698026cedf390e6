// `npm run build`: the production build into dist/ (index.html and one page per edition with the
// slides in them, deck.json, assets), each phase's time on stderr. A deck that fails validation
// stops the build with the validator's located message alone (slide, file, field, what to do),
// and dist/ is left as it was.

import { relative } from 'node:path';
import { buildDeck } from '../../build/run-build.ts';
import { EXIT } from '../../exit/exit-codes.ts';
import { processIo, runCommand, type Main } from '../command.ts';
import { phaseLog } from '../phases.ts';

export const main: Main = (_argv, given) => {
  const io = processIo(given);
  return runCommand('build', io, async () => {
    const dir = await buildDeck('dist', { signal: io.signal, onPhase: phaseLog('build', io) });
    io.stderr.write(`[build] wrote ${relative(process.cwd(), dir) || '.'}/\n`);
    return EXIT.ok;
  });
};
