// `npm run check` (see commands/check.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/check.ts';

await runAsProcess('check', main);
