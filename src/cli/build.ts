// `npm run build`: the production build into dist/ (index.html and one page per edition with the
// slides in them, deck.json, assets). A deck that fails validation stops the build with the
// validator's located message alone (slide, file, field, what to do), and dist/ is left as it was.

import { relative } from 'node:path';
import { buildDeck } from '../build/run-build.ts';
import { runCommand } from './command.ts';
import { EXIT } from '../exit/exit-codes.ts';

await runCommand({ name: 'build' }, async () => {
  const dir = await buildDeck('dist');
  process.stderr.write(`[build] wrote ${relative(process.cwd(), dir) || '.'}/\n`);
  return EXIT.ok;
});
