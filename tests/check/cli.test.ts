// The real CLI (`npm run check` = node --import tsx src/cli/check.ts), called in-process as a function
// (main(argv, io) returns the exit code), on fixture decks. The child-process runs that prove the
// exit codes, signals and stdout of the real command are in tests/browser/check-fit.test.ts and
// tests/cli/located-messages.test.ts.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/commands/check.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = 'tests/fixtures/check';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The content check alone (--no-fit): the fit check's own tests are tests/browser/check-fit.test.ts. */
async function check(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--no-fit', ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

/** One plain message on stderr, no stack trace, nothing on stdout. */
function expectOneClearMessage(run: Run, text: string, code: number = EXIT.invalidDeck) {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr, run.stderr).toContain(text);
  expect(run.stderr.startsWith('npm run check: '), run.stderr).toBe(true);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

// Each run starts Node and loads the pronouncing dictionary; in parallel on two cores that is slow.
describe.concurrent('npm run check', { timeout: 60_000 }, () => {
  it('passes the clean deck: exit 0, the table, the summary', async () => {
    const run = await check('--deck', `${FIXTURES}/clean-deck.ts`);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Slide\s+Evidence\s+Words\s+Sent\.\s+Longest\s+FK\s+Sources\s+Problems$/m);
    expect(run.stdout).toMatch(/^what-is-a-doorway\s+Mouse study\s+37\s+10\s+15\s+3\.4\s+alpha2017, trials2018\s+ok$/m);
    expect(run.stdout).toMatch(/^ {2}SMOG grade\s+6\.6 \(gate: at most 8\)$/m);
    expect(run.stdout).toMatch(/^ {2}Sentences\s+85$/m);
    expect(run.stdout.trimEnd().endsWith('PASSED: 0 errors, 0 warnings.')).toBe(true);
  });

  it('fails a deck that breaks a rule: exit 1, one line per problem', async () => {
    const run = await check('--deck', `${FIXTURES}/breaks/hype-words.ts`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  the-headline: hype-words: notes.say[3] uses "breakthrough": "Some called it a breakthrough." Say plainly what was found and in whom.',
    );
    expect(run.stdout.trimEnd().endsWith('FAILED: 1 error, 0 warnings.')).toBe(true);
  });

  it('passes with warnings: exit 0, the warning listed', async () => {
    const run = await check('--deck', `${FIXTURES}/breaks/source-year.ts`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  for the fact-checker (slides/sources.ts): deck: source-year: source "alpha2017" has no verified year ("n.d.").');
  });

  it('prints the same report as JSON with --json', async () => {
    const run = await check('--deck', `${FIXTURES}/breaks/hype-words.ts`, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; errors: number; slides: { id: string }[]; summary: { smog: unknown; sentences: number }; problems: { slide: string; rule: string; severity: string; line: string }[] };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(1);
    expect(report.slides.map((s) => s.id)).toContain('the-headline');
    expect(typeof report.summary.smog).toBe('number');
    expect(report.problems.map((p) => `${p.slide}: ${p.rule} (${p.severity})`)).toEqual(['the-headline: hype-words (error)']);
    expect(report.problems[0]!.line.startsWith('the-headline: hype-words: ')).toBe(true);
  });

  it('says "insufficient sample" instead of a SMOG number below 30 sentences', async () => {
    const text = await check('--deck', `${FIXTURES}/breaks/smog-grade.ts`);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ {2}SMOG grade\s+insufficient sample \(needs 30 sentences; gate: at most 8\)$/m);
    const json = JSON.parse((await check('--deck', `${FIXTURES}/breaks/smog-grade.ts`, '--json')).stdout) as { summary: { smog: unknown } };
    expect(json.summary.smog).toBe('insufficient sample');
  });

  it.each([
    ['throws.ts', 'tests/fixtures/check/malformed/throws.ts › (module): failed to load: this deck module fails on purpose'],
    ['no-default-export.ts', 'tests/fixtures/check/malformed/no-default-export.ts › default export: is missing. End the module with `export default deck`'],
    ['no-glossary.ts', 'tests/fixtures/check/malformed/no-glossary.ts › glossary: is missing. Import it from slides/glossary.ts'],
    ['source-without-link.ts', 'The deck has 1 problem:\n  - sources.alpha2017 › doi: has neither a DOI nor a URL.'],
    ['unknown-source.ts', 'The deck has 1 problem:\n  - slide the-headline (slides/the-headline.ts) › sources[1]: "nowhere2020" is not in the source registry.'],
    [
      'caveats-third.ts',
      'The deck has 1 problem:\n  - slide before-we-start (slides/before-we-start.ts) › kind: the caveats slide is at position 3; it must come second, right after the title slide. Move it to second place',
    ],
  ])('gives one clear message and exit 3 for a malformed deck: %s', async (file, message) => {
    expectOneClearMessage(await check('--deck', `${FIXTURES}/malformed/${file}`), message);
  });

  it('reports a load failure as JSON too with --json', async () => {
    const run = await check('--deck', `${FIXTURES}/malformed/no-glossary.ts`, '--json');
    expect(run.code).toBe(EXIT.invalidDeck);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: expect.stringContaining('glossary: is missing') });
    // Issue 23: the problems as a list too, each with where, field, message and fix.
    const { problems } = JSON.parse(run.stdout) as { problems: { where: string; field: string; message: string; fix: string }[] };
    expect(problems).toContainEqual(expect.objectContaining({ field: 'glossary', message: 'is missing' }));
    expect(problems.every((p) => p.where && p.field && p.message && p.fix)).toBe(true);
  });

  it('rejects a missing deck module and a missing figures folder (exit 3), and an unknown option (exit 2)', async () => {
    expectOneClearMessage(await check('--deck', 'tests/fixtures/check/nope.ts'), 'tests/fixtures/check/nope.ts › (module): does not exist.');
    expectOneClearMessage(await check('--frobnicate'), "Unknown option '--frobnicate'", EXIT.usage);
    expectOneClearMessage(await check('--deck', `${FIXTURES}/clean-deck.ts`, '--figures', 'no/such/dir'), 'no/such/dir › (folder): does not exist.');
  });

  describe('--figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-figures-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('checks figure names against the given folder', async () => {
      expectOneClearMessage(await check('--deck', `${FIXTURES}/clean-deck.ts`, '--figures', dir), `"doorway.svg" is not a file in ${dir}/`);
      writeFileSync(join(dir, 'doorway.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      expect((await check('--deck', `${FIXTURES}/clean-deck.ts`, '--figures', dir)).code).toBe(0);
    });
  });
});
