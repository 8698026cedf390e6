// Issue 23, weak case: a bad `--edition` rebuilt `dist/` before exiting 2 (`npm run pdf --
// --edition nope` with dist/ missing or older than the slides built the whole deck, a minute's
// work, then refused the edition). The deck is now loaded first and the edition refused before
// any build: exit 2, the editions the deck has, and dist/ as it was.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as pdf } from '../../src/cli/commands/pdf.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { MANIFEST_FILE } from '../../src/model/manifest.ts';
import { ROOT, run } from './support.ts';

/** dist/ as it is: missing, or the time its manifest was written. */
const distState = (): string => {
  const manifest = join(ROOT, 'dist', MANIFEST_FILE);
  return existsSync(manifest) ? `built ${statSync(manifest).mtimeMs}` : existsSync(join(ROOT, 'dist')) ? 'no manifest' : 'missing';
};

describe('a bad --edition rebuilds dist/ before exiting 2', { timeout: 120_000 }, () => {
  it('npm run pdf -- --edition nope: exit 2 naming the editions, nothing built, dist/ as it was', async () => {
    const before = distState();
    const ran = await run(pdf, ['--edition', 'nope']);
    expect(ran.code, ran.stderr).toBe(EXIT.usage);
    expect(ran.stderr).toContain('--edition nope: the deck has no such edition (it has full, short). Nothing was built or written.');
    expect(ran.stderr + ran.stdout).not.toMatch(/building the deck|built dist/);
    expect(distState()).toBe(before);
  });
});
