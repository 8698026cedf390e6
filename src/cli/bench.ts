// `npm run bench` (see commands/bench.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/bench.ts';

await runAsProcess('bench', main);
