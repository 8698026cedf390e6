// Runs in every test file of the "browser" project: its connection to the run's Chromium
// (tests/support/shared.ts) is closed when the file is done; the browser stays for the others.

import { afterAll } from 'vitest';
import { closeSharedBrowser } from '../support/shared.ts';

afterAll(closeSharedBrowser);
