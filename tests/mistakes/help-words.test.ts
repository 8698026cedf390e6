// Issue 23, weak cases under "Help" and "Review record": what the README and the review command
// tell a person. (1) "the README never says how to run one test file"; (2) "'a typo does not
// compile' holds only for npm test and npm run typecheck (check, build and dev never type-check:
// make them, or say so where it matters)"; (3) "the review message says npm run build to a
// presenter who uses build:single". Each was fixed in words (242c487, c9c57c2); these hold them.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { loadDeck, PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { runMain } from '../support/cli.ts';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const row = (command: string): string => readme.split('\n').find((l) => l.startsWith(`| \`${command}\` |`)) ?? '';

describe('the README never says how to run one test file', () => {
  it('the npm test row says how, with a test file that exists', () => {
    const said = /One test file: `npx vitest run (tests\/[\w/.-]+\.test\.ts)`/.exec(row('npm test'));
    expect(said, row('npm test')).not.toBeNull();
    expect(() => readFileSync(join(PROJECT_ROOT, said![1]!))).not.toThrow();
  });
});

describe('"a typo does not compile" holds only for npm test and npm run typecheck', () => {
  it('the README says, where the commands are listed, that check, build and dev do not type-check', () => {
    expect(row('npm run typecheck')).toMatch(/`npm run check`, `build` and `dev` do not type-check/);
    expect(row('npm test')).toMatch(/Type-check/);
  });
});

describe('the review message says npm run build to a presenter who uses build:single', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(resolve(PROJECT_ROOT, 'out'), 'test-review-words-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('after recording, it names both rebuilds: npm run build and npm run build:single', async () => {
    const date = (await loadDeck()).deck.meta.date;
    const ran = await runMain('review', ['--name', 'A Reviewer', '--role', 'Nurse educator', '--date', date, '--file', join(scratch, 'review.ts')]);
    expect(ran.code, ran.stderr).toBe(EXIT.ok);
    expect(ran.stderr).toContain('Rebuild (npm run build, or npm run build:single for the one-file copy) to show it.');
  });
});
