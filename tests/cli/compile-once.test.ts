// One load and one compile per command: `npm run check` compiles each edition once and shares it
// between the rules and the handout text (and the fit check's build: tests/browser/check-fit);
// its phases are reported on stderr, and not at all with --json (stdout is the JSON alone).

import { resolve } from 'node:path';
import { LANGS } from '../../src/model/locales.ts';
import { describe, expect, it, vi } from 'vitest';
import * as compile from '../../src/model/compile.ts';
import { main } from '../../src/cli/commands/check.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';

vi.mock('../../src/model/compile.ts', async (original) => {
  const actual = await original<typeof import('../../src/model/compile.ts')>();
  return { ...actual, compileDeck: vi.fn(actual.compileDeck) };
});

const ROOT = resolve(import.meta.dirname, '../..');

async function check(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: ROOT });
  return { code, stdout, stderr };
}

describe('npm run check -- --no-fit, in-process', () => {
  it('compiles each edition of the real deck once, and says how long each phase took', async () => {
    vi.mocked(compile.compileDeck).mockClear();
    const run = await check('--no-fit');
    expect(run.code, run.stderr).toBe(EXIT.ok);
    const editions = JSON.parse((await check('--no-fit', '--json')).stdout).editions as unknown[];
    // Two runs: each compiled every edition exactly once, in each language (the English and its translations).
    expect(vi.mocked(compile.compileDeck).mock.calls.length).toBe(2 * editions.length * LANGS.length);
    expect(run.stderr).toMatch(/^\[check\] load: \d+\.\d\d s\n\[check\] compile: \d+\.\d\d s\n\[check\] rules: \d+\.\d\d s\n(?:\[check\] rules \(es\): \d+\.\d\d s\n)$/);
  });

  it('--json: no phase lines, and stdout is the JSON report alone', async () => {
    const run = await check('--no-fit', '--json');
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});
