// `npm run pptx` (see commands/pptx.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/pptx.ts';

await runAsProcess('pptx', main);
