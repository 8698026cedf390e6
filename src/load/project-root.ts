// The project's folder (where package.json is), for every command: its own module, so a command
// that only needs the path does not load the deck's loader and model with it.

import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
