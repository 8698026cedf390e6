// `npm run pdf` (see commands/pdf.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/pdf.ts';

await runAsProcess('pdf', main);
