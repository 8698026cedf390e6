// Issue 23, weak case: `npm run pdf -- --timeout 1` passed the check of the command line and then
// failed inside Playwright with its own raw words. Now a timeout no page can meet, one of more
// than an hour, or one that is not a number of milliseconds is a usage error (exit 2), before any
// work, explaining the range; nothing is built or written.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { PROJECT_ROOT, runMain } from '../support/cli.ts';

const RANGE = 'Give milliseconds from 1000 (1 second) to 3600000 (an hour), e.g. --timeout 60000 for a minute, or leave it out for the default (30000).';

describe('npm run pdf --timeout out of range', { timeout: 60_000 }, () => {
  const out = join(PROJECT_ROOT, 'out/timeout-range-never.pdf');
  const dist = join(PROJECT_ROOT, 'dist');
  const before = existsSync(dist) ? statSync(dist).mtimeMs : null;
  for (const [value, what] of [
    ['1', '--timeout 1 ms is too short for any page to load and print.'],
    ['99999999', '--timeout 99999999 ms is more than an hour.'],
    ['30s', '--timeout "30s" is not a whole number of milliseconds.'],
  ] as const) {
    it(`--timeout ${value}: exit 2, the range explained, nothing done`, async () => {
      const ran = await runMain('pdf', ['--timeout', value, '--out', out]);
      expect(ran.code, ran.stderr).toBe(EXIT.usage);
      expect(ran.stderr).toContain(`${what} ${RANGE}`);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(dist) ? statSync(dist).mtimeMs : null, 'dist/ not rebuilt').toBe(before);
    });
  }
});
