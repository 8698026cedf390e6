// `npm run pdf`, `npm run build:single` and `npm run bench` given something wrong, as the issue found them: an
// invalid slide (the validator's located message and exit 3, not "Build failed with 1 error" or
// a stack), an --out that cannot be written (a plain message before any build or render, not
// EROFS/EISDIR after it), a --dist that does not exist (named). And build:single says where it
// wrote, relative to where it was run (not a temporary path).
// Each runs in-process, in a copy of the project (tests/support/project-copy.ts main): what a
// command says, writes and returns is main()'s; the process around it is tested in
// tests/export/cli.test.ts and tests/build/interrupt.test.ts.

import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy, type Run } from '../support/project-copy.ts';

/** A run that stopped before any work: no build, no browser, no render, no file. */
function expectStoppedAtOnce(run: Run, code: number, message: string): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr.trimEnd().split('\n')).toEqual([message]);
  expect(run.stdout).toBe('');
}

describe('an invalid slide', () => {
  let copy: ProjectCopy;
  beforeAll(() => {
    copy = copyProject('invalid-slide');
    // The caveats slide moved to third place: only the validator can see it.
    copy.edit('slides/index.ts', '  title,\n  beforeWeStart,\n  the2025Headline,\n', '  title,\n  the2025Headline,\n  beforeWeStart,\n');
  });
  afterAll(() => copy?.dispose());

  const problem =
    'The deck has 1 problem:\n  - slide before-we-start (slides/before-we-start.ts) › kind: the caveats slide is at position 3; it must come second, right after the title slide. Move it to second place';

  const expectValidatorOnly = (run: Run, prefix: string) => {
    expect(run.code, run.stderr).toBe(EXIT.invalidDeck);
    expect(run.stderr).toContain(`${prefix} ${problem}`);
    expect(run.stderr).not.toMatch(/Build failed|DEBUG=1|^\s+at /m);
    expect(run.stdout).toBe('');
  };

  it('npm run pdf: the validator’s located message, exit 3, nothing written', async () => {
    const run = await copy.main('pdf', ['--out', 'handout.pdf']);
    expectValidatorOnly(run, '[pdf]');
    // The deck is loaded and checked before anything is built: the problem is the first line.
    expect(run.stderr.split('\n')[0]).toBe('[pdf] The deck has 1 problem:');
    expect(run.stderr).not.toContain('[pdf] build:');
    expect(readdirSync(copy.root)).not.toContain('handout.pdf');
    expect(readdirSync(copy.root)).not.toContain('dist');
  });

  it('npm run build:single: the same message, exit 3, no stack, no out/deck.html', async () => {
    const run = await copy.main('build-single');
    expectValidatorOnly(run, '[build:single]');
    expect(run.stderr.startsWith('[build:single] The deck has 1 problem:'), run.stderr).toBe(true);
    expect(readdirSync(copy.path('out'))).toEqual([]); // no deck.html, no temporary build
  });

  it('npm run bench: the same message, exit 3 (it used to say "bench bundle.ts failed:" and exit 1)', async () => {
    const run = await copy.main('bench', ['bundle']);
    expect(run.code, run.stderr).toBe(EXIT.invalidDeck);
    expect(run.stderr.startsWith(`[bench] ${problem}`), run.stderr).toBe(true);
    expect(run.stderr).not.toMatch(/failed|^\s+at /m);
  });
});

describe('npm run build:single', () => {
  let copy: ProjectCopy;
  beforeAll(() => (copy = copyProject('single-path')));
  afterAll(() => copy?.dispose());

  it('prints the file it wrote relative to where it was run, never a temporary path', async () => {
    const run = await copy.main('build-single');
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toBe('out/deck.html\nout/read.html\n');
    expect(run.stderr).toMatch(
      /^\[build:single\] wrote out\/deck\.html \(\d+ KB\): open it in a browser, no server needed\.\n\[build:single\] wrote out\/read\.html \(\d+ KB\): the reading view, for phones and reading at home\.\n$/,
    );
    expect(readdirSync(copy.path('out')).sort()).toEqual(['deck.html', 'read.html']); // no temporary build left
  });
});

describe('npm run pdf: paths that cannot work are refused before any build or render', () => {
  let copy: ProjectCopy;
  const pdf = (...args: string[]) => copy.main('pdf', ['--dist', inject('distDir'), ...args]);
  beforeAll(() => {
    copy = copyProject('pdf-paths');
    writeFileSync(copy.path('notes.txt'), 'a file, not a folder');
    mkdirSync(copy.path('out/handouts.pdf'), { recursive: true });
  });
  afterAll(() => copy?.dispose());

  it('--out a folder', async () => {
    expectStoppedAtOnce(await pdf('--out', 'out/handouts.pdf'), EXIT.environment, '[pdf] error: out/handouts.pdf is a folder, not a file name. Give a file name, e.g. --out out/handouts.pdf/deck.pdf.');
    expect(readdirSync(copy.path('out/handouts.pdf'))).toEqual([]);
  });

  it('--out under a file', async () => {
    expectStoppedAtOnce(await pdf('--out', 'notes.txt/deck.pdf'), EXIT.environment, '[pdf] error: Cannot write notes.txt/deck.pdf: notes.txt is a file, not a folder. Choose another place with --out.');
  });

  // Tests run as root, whom folder permissions do not stop: system folders that refuse new files do.
  it('--out in a folder that cannot be written', async () => {
    expectStoppedAtOnce(await pdf('--out', '/sys/deck.pdf'), EXIT.environment, '[pdf] error: Cannot write /sys/deck.pdf: no permission to write there. Choose another place with --out.');
    expectStoppedAtOnce(await pdf('--out', '/proc/deck.pdf'), EXIT.environment, '[pdf] error: Cannot write /proc/deck.pdf: that folder does not take new files. Choose another place with --out.');
  });

  it('--dist a folder that does not exist: names it, and says what would work', async () => {
    const run = await copy.main('pdf', ['--dist', 'old-build', '--out', 'x.pdf']);
    expectStoppedAtOnce(
      run,
      EXIT.environment,
      '[pdf] error: --dist old-build: there is no folder old-build/. Give the folder of a built deck (it holds index.html and deck.json), or leave out --dist to print dist/, which is built when needed.',
    );
    expect(readdirSync(copy.root)).not.toContain('x.pdf');
  });
});
