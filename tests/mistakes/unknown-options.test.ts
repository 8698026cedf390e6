// Issue 23, bad case: `build`, `build:single` and `bench` ignored unknown options:
// `build:single --editon short` wrote the full deck and exited 0, `bench pdff` ran nothing and
// exited 0. Every command now refuses an option or a name it does not know, before any work,
// with exit 2 and its usage.

import { describe, expect, it } from 'vitest';
import { main as bench } from '../../src/cli/commands/bench.ts';
import { main as build } from '../../src/cli/commands/build.ts';
import { main as buildSingle } from '../../src/cli/commands/build-single.ts';
import { main as check } from '../../src/cli/commands/check.ts';
import { main as pdf } from '../../src/cli/commands/pdf.ts';
import { main as review } from '../../src/cli/commands/review.ts';
import type { Main } from '../../src/cli/command.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { run } from './support.ts';

const cases: [string, Main, string[], RegExp][] = [
  ['build --fast', build, ['--fast'], /Unknown option '--fast'[\s\S]*Usage: npm run build/],
  ['build short', build, ['short'], /Unexpected argument 'short'[\s\S]*Usage: npm run build/],
  ['build:single --editon short', buildSingle, ['--editon', 'short'], /Unknown option '--editon'[\s\S]*--edition NAME/],
  ['build:single --edition "Short talk"', buildSingle, ['--edition', 'Short talk'], /--edition must be an edition name/],
  ['bench pdff', bench, ['pdff'], /there is no benchmark "pdff": the benchmarks are bundle, commands, figures, pdf/],
  ['bench --quick', bench, ['--quick'], /Unknown option '--quick'/],
  ['check --nofit', check, ['--nofit'], /Unknown option '--nofit'/],
  ['pdf --note', pdf, ['--note'], /Unknown option '--note'/],
  ['review --nmae X', review, ['--nmae', 'X'], /Unknown option '--nmae'/],
];

describe('every command refuses what it does not know, before any work', { timeout: 60_000 }, () => {
  for (const [name, main, argv, said] of cases) {
    it(`npm run ${name}: exit 2, says what and how`, async () => {
      const ran = await run(main, argv);
      expect(ran.code, ran.stderr).toBe(EXIT.usage);
      expect(ran.stderr).toMatch(said);
      expect(ran.stdout).toBe('');
    });
  }

  it('npm run build:single -- --edition nope: exit 2, naming the editions the deck has, nothing built', async () => {
    const ran = await run(buildSingle, ['--edition', 'nope']);
    expect(ran.code, ran.stderr).toBe(EXIT.usage);
    expect(ran.stderr).toContain('--edition nope: the deck has no such edition (it has full, short)');
  });
});
