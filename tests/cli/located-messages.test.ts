// The mistakes in slides/, each made in a copy of the project as a person would make it,
// and what `npm run check` and `npm run build` say: the file (and line) to open, what is wrong
// and what to do, exit code 3, no stack trace, no "Build failed with 1 error", and (for the
// build) no dist/ written.

import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy, type Run } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

/** The project copied, with one mistake made in it. */
function withMistake(name: string, make: (copy: ProjectCopy) => void): ProjectCopy {
  copy = copyProject(name);
  make(copy);
  return copy;
}

/** Exit 3 and one located message, and nothing that reads like a crash. */
function expectLocated(run: Run, prefix: string, problem: string | RegExp): void {
  expect(run.code, run.stderr).toBe(EXIT.invalidDeck);
  expect(run.stderr.startsWith(prefix), run.stderr).toBe(true);
  if (typeof problem === 'string') expect(run.stderr).toContain(`The deck has 1 problem:\n  - ${problem}`);
  else expect(run.stderr).toMatch(problem);
  expect(run.stderr).not.toMatch(/^\s+at /m); // no stack
  expect(run.stderr).not.toMatch(/Build failed|DEBUG=1|Transform failed|\u001b\[/); // no bundler wording, no colour codes
}

// In-process, in the copy (its own src/, so the copy is the project root): the messages and exit
// codes are main()'s. Except for a syntax error: in a vitest worker, `import()` of a slide goes
// through vitest's own transform, which reports the parse error its way before the deck loader
// can locate it, so that case runs the real processes, as a person's `npm run` does.
const check = (c: ProjectCopy, asProcess = false) => (asProcess ? c.run('check', ['--no-fit']) : c.main('check', ['--no-fit']));
const build = async (c: ProjectCopy, asProcess = false) => {
  const run = await (asProcess ? c.run('build') : c.main('build'));
  expect(existsSync(c.path('dist')), 'no dist/ from an invalid deck').toBe(false);
  return run;
};

describe('a mistake in a slide file is named where it is', { timeout: 60_000 }, () => {
  it('a syntax error: the file, line and column (check and build agree)', async () => {
    // A missing comma between two strings on line 6: `title: '' 'What large trials…'`.
    const c = withMistake('syntax', (p) => p.edit('slides/large-trials.ts', "  title: '", "  title: '' '"));
    const expected = /The deck has 1 problem:\n {2}- slides\/large-trials\.ts:6:13 › syntax: Expected .+\. Open slides\/large-trials\.ts at line 6 and fix the TypeScript there/;
    expectLocated(await check(c, true), 'npm run check: the deck was not checked.\n', expected);
    expectLocated(await build(c, true), '[build] The deck has 1 problem:', expected);
  });

  it('a file saved as Latin-1: the file, the byte, its line, and how to save it', async () => {
    const c = withMistake('latin1', (p) => {
      const text = p.read('slides/large-trials.ts').replace("  title: '", "  title: 'Café: ");
      p.write('slides/large-trials.ts', Buffer.from(text, 'latin1'));
    });
    const problem =
      'slides/large-trials.ts › line 6: is not saved as UTF-8 (byte 0xe9, "é" in Latin-1, at line 6, column 14). Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8), then check accented letters and quote marks';
    expectLocated(await check(c), 'npm run check: the deck was not checked.\n', problem);
    expectLocated(await build(c), '[build] The deck has 1 problem:', problem);
  });

  it('a file named differently from its slide id: which file to rename, and to what', async () => {
    const c = withMistake('file-name', (p) => {
      p.write('slides/big-trials.ts', p.read('slides/large-trials.ts'));
      p.remove('slides/large-trials.ts');
      p.edit('slides/index.ts', "from './large-trials.ts'", "from './big-trials.ts'");
    });
    const problem =
      "slides/big-trials.ts › id: holds the slide \"large-trials\", but the file is named big-trials.ts. Rename the file to slides/large-trials.ts (and its import in slides/index.ts), or set id: 'big-trials'";
    expectLocated(await check(c), 'npm run check: the deck was not checked.\n', problem);
    expectLocated(await build(c), '[build] The deck has 1 problem:', problem);
  });

  it('an empty deck: names slides/index.ts and says what to list', async () => {
    const c = withMistake('empty', (p) => p.edit('slides/index.ts', /^ {2}slides,\n {2}editions,\n/m, '  slides: [],\n'));
    const problem = 'slides/index.ts › slides: lists no slides. List the slides in order: the title slide first, then the caveats slide, then the rest';
    expectLocated(await check(c), 'npm run check: the deck was not checked.\n', problem);
    expectLocated(await build(c), '[build] The deck has 1 problem:', problem);
  });

  it('the caveats slide moved to third place: named as misplaced (not as "a second caveats slide")', async () => {
    const c = withMistake('caveats-third', (p) => p.edit('slides/index.ts', '  title,\n  beforeWeStart,\n  the2025Headline,\n', '  title,\n  the2025Headline,\n  beforeWeStart,\n'));
    const problem =
      'slide before-we-start (slides/before-we-start.ts) › kind: the caveats slide is at position 3; it must come second, right after the title slide. Move it to second place';
    expectLocated(await check(c), 'npm run check: the deck was not checked.\n', problem);
    expectLocated(await build(c), '[build] The deck has 1 problem:', problem);
  });

  it('figures with a script, an event handler, an external image and HTML inside: the build names each file and what it found', async () => {
    const svg = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10"/>\n  ${inside}\n</svg>\n`;
    const c = withMistake('figures', (p) => {
      p.write('slides/figures/has-script.svg', svg('<script>alert(1)</script>'));
      p.write('slides/figures/has-onclick.svg', svg('<circle r="3" onclick="alert(1)"/>'));
      p.write('slides/figures/has-image.svg', svg('<image href="https://example.org/photo.png" width="10" height="10"/>'));
      p.write('slides/figures/has-html.svg', svg('<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>'));
    });
    const run = await build(c);
    expectLocated(run, '[build] The deck has 4 problems:', /The deck has 4 problems:/);
    const fix = 'Figures must be plain drawings: remove it (save from your drawing tool as "plain SVG", without scripts, links or embedded images)';
    expect(run.stderr).toContain(`  - slides/figures/has-script.svg:3 › svg: has a <script> element: "<script". ${fix}`);
    expect(run.stderr).toContain(`  - slides/figures/has-onclick.svg:3 › svg: has an event handler attribute: "onclick=". ${fix}`);
    expect(run.stderr).toContain(`  - slides/figures/has-image.svg:3 › svg: has a link to another file or site: "href=\\"https://example.org/photo.png\\"". ${fix}`);
    expect(run.stderr).toContain(`  - slides/figures/has-html.svg:3 › svg: has a <foreignObject> element (HTML inside the SVG): "<foreignObject". ${fix}`);
    // The check refuses the same deck, the same way.
    expectLocated(await check(c), 'npm run check: the deck was not checked.\n', /The deck has 4 problems:\n {2}- slides\/figures\/has-html\.svg:3 › svg: has a <foreignObject> element/);
  });
});
