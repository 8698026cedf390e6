// `npm run review` (see commands/review.ts).
import { runAsProcess } from './command.ts';
import { main } from './commands/review.ts';

await runAsProcess('review', main);
