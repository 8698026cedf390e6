// `npm run build:single` (see commands/build-single.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/build-single.ts';

await runAsProcess('build:single', main);
