// `npm run kit` (see commands/kit.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/kit.ts';

await runAsProcess('kit', main);
