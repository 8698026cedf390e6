// `npm run build` (see commands/build.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/build.ts';

await runAsProcess('build', main);
