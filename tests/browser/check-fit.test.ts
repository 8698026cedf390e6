// `npm run check` measures fit in Chromium (src/measure/fit-check.ts): the two overflows are
// check errors naming the slide, the part and the px, with the fix; without Chromium the check
// says plainly that fit was not checked, and passes; --json stays pipeable.
//
// The README's example slide is taken from README.md itself and added to a copy of the project
// (tests/support/project-copy.ts), as a person following the README would add it.
//
// The check runs in-process (main(argv, io)) where a test is about what it says and returns; three
// run as real processes: `--json` piped through npm and a shell (stdout as a pipe), Ctrl-C (a
// signal, and the Chromium it started must not outlive it), and the check after the slides were
// edited (an in-process check would get the slide modules this worker imported before the edit).

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { runMain, survivors } from '../support/cli.ts';
import { copyProject, PROJECT_ROOT, runEntry, type ProjectCopy, type Run } from '../support/project-copy.ts';

/** The README's example slide module, as printed under "Adding or editing a slide". */
function readmeExample(): string {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const code = /```ts\n(\/\/ slides\/what-is-a-doorway\.ts\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!code) throw new Error('README.md no longer has the example slide slides/what-is-a-doorway.ts');
  return code;
}

const WORDS = ['chemo', 'before', 'surgery', 'and', 'what', 'the', 'study', 'found'];
const LONG_TITLE = Array.from({ length: 143 }, (_, i) => WORDS[i % WORDS.length]).join(' ');

interface JsonReport {
  ok: boolean;
  fit: { checked: boolean; slides?: number; editions?: number; reason?: string };
  problems: { slide: string; rule: string; severity: string; line: string }[];
}

const fitLines = (run: Run) => run.stdout.split('\n').filter((l) => / slide-fit: | slide-text-size: /.test(l));

// Each of these builds and measures every slide in Chromium (plain `npm run check` measures the
// Spanish edition too): on a shared 2-core machine under load that takes minutes. A guard, not a
// performance target (npm run bench reports those).
const FIT_RUN = { timeout: 300_000 };

describe('npm run check: fit', FIT_RUN, () => {
  let copy: ProjectCopy;
  beforeAll(() => {
    copy = copyProject('check-fit');
    // English only: the README's slide has no Spanish translation (slides/es/ translates the
    // doorway slide it replaces), and this is about the English fit check.
    copy.edit('src/model/locales.ts', "export const LANGS = ['en', 'es'] as const;", "export const LANGS = ['en'] as const;");
    // The README's slide in place of the deck's own doorway slide (both define the same term),
    // and the title slide with a 143-word title.
    copy.write('slides/what-is-a-doorway.ts', readmeExample());
    copy.remove('slides/what-is-a-tmem-doorway.ts');
    copy.edit('slides/index.ts', "from './what-is-a-tmem-doorway.ts'", "from './what-is-a-doorway.ts'");
    // The short edition lists the doorway slide by id: the README slide's id in its place.
    copy.edit('slides/index.ts', "    'what-is-a-tmem-doorway',", "    'what-is-a-doorway',");
    // The handout prints the doorway slide's definition by block id; the README slide has none.
    copy.edit('slides/handout.ts', "    'what-is-a-tmem-doorway#doorway',\n", '');
    copy.edit('slides/title.ts', /^ {2}title: '[^']*',$/m, `  title: '${LONG_TITLE}',`);
  });
  afterAll(() => copy?.dispose());

  it('names the README example slide and the 143-word title: the part, the px and the fix (exit 1)', async () => {
    const run = await copy.main('check');
    expect(run.code, run.stderr).toBe(EXIT.failed);
    expect(run.stdout).toMatch(/^Fit: \d+ slides in 2 editions measured at 1280×720 in Chromium, every step shown \(\d+\.\d s\)\.$/m);
    const lines = fitLines(run);
    expect(lines, run.stdout).toHaveLength(2);
    const [title, doorway] = [lines.find((l) => l.startsWith('  title: ')), lines.find((l) => l.startsWith('  what-is-a-doorway: '))];
    expect(doorway).toMatch(
      /^ {2}what-is-a-doorway: slide-fit: does not fit its 1280×720 slide, with all 3 steps shown \(the body is (\d+) px too tall\): body\[2\] \(figure "A TMEM doorway\."\) runs \1 px out of the space under the title\. Shorten the text, split it into two slides \(a new file in slides\/, listed in slides\/index\.ts\), or set layout: 'split' to put the figure or chart beside the text\.$/,
    );
    expect(title).toMatch(
      /^ {2}title: slide-fit: does not fit its 1280×720 slide.*: the title \(h1 "chemo before surgery and what the stu…"\) runs \d+ px out of the slide.*\. Shorten the title: with what sits beside and under it, it is \d+ px tall on a 720 px slide\. Keep it to a line or two and put the rest in the body or the notes\.$/,
    );
    // The README slide needs more than a trim: about 200 px of 720.
    expect(Number(/the body is (\d+) px too tall/.exec(doorway!)![1])).toBeGreaterThan(100);
    // Nothing is left behind: the scratch build is removed.
    expect(readdirSync(copy.path('out')).filter((f) => f.startsWith('.check-fit-'))).toEqual([]);
  });

  it("the fix works: with layout: 'split' and a short title, no slide-fit error (and --json says fit was checked)", async () => {
    copy.edit('slides/what-is-a-doorway.ts', "  evidence: 'background',", "  layout: 'split',\n  evidence: 'background',");
    copy.edit('slides/title.ts', `  title: '${LONG_TITLE}',`, "  title: 'Chemo before breast cancer surgery',");
    // A process of its own: the slides were edited after the first check imported them, and an
    // in-process check would get the modules this worker already has (an import is cached by path).
    const run = await copy.run('src/cli/check.ts', ['--json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.fit).toMatchObject({ checked: true, editions: 2 });
    expect(report.problems.filter((p) => p.rule.startsWith('slide-'))).toEqual([]);
  });
});

describe('npm run check without Chromium, with --no-fit, and --json through a pipe', FIT_RUN, () => {
  it('says plainly that fit was not checked, as a warning, and still passes (exit 0)', async () => {
    const run = await runMain('check', [], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toContain('\nFit: NOT CHECKED: Chromium was not found at /nonexistent/chromium (set by CHROMIUM_PATH). Install it with `bash scripts/setup.sh`');
    expect(run.stdout).toContain(
      '  deck: slide-fit: fit was not checked: Chromium was not found at /nonexistent/chromium (set by CHROMIUM_PATH). Install it with `bash scripts/setup.sh` (or `apt-get install -y chromium` as root), or set CHROMIUM_PATH to the path of a Chromium or Chrome binary. Until it is, nothing says the slides fit their 1280×720 canvas; pass --no-fit to skip this check on purpose.',
    );
    // The English result, then one line per translation.
    expect(run.stdout.trimEnd()).toMatch(/PASSED: 0 errors, \d+ warnings\.\n\nLanguages: en passed \([^\n]+\); es [^\n]+$/);
  });

  it('--no-fit skips it without a warning (no browser needed)', async () => {
    const run = await runMain('check', ['--no-fit'], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stdout).toContain('\nFit: not checked (skipped with --no-fit).\n');
    expect(run.stdout).not.toContain('slide-fit');
  });

  it('`npm run -s check -- --json | …`: stdout is the JSON report alone, and the real deck fits', async () => {
    // As README documents it: npm itself, in a shell, its output piped into a JSON reader.
    const reader = `JSON.parse(require('fs').readFileSync(0, 'utf8'))`;
    const child = spawn('sh', ['-c', `npm run -s check -- --json | node -e "const r = ${reader}; console.log(JSON.stringify({ ok: r.ok, fit: r.fit.checked, errors: r.errors }))"`], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((ok) => child.on('close', ok));
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, fit: true, errors: 0 });
  });
});

describe('Ctrl-C during the fit check', FIT_RUN, () => {
  it('once Chromium is measuring: exit 130, the browser closed, the scratch build removed', async () => {
    let marker = '';
    let sent = false;
    let scratch = '';
    const chromiumOf = (pid: number) =>
      survivors(marker).some((p) => {
        try {
          return p !== pid && /chrom/i.test(readFileSync(`/proc/${p}/comm`, 'utf8'));
        } catch {
          return false;
        }
      });
    const run = await runEntry(PROJECT_ROOT, 'src/cli/check.ts', [], {
      onStart: (child, inherited) => {
        marker = inherited;
        // The fit check's scratch build: out/.check-fit-<pid>-<time> (src/output/scratch.ts).
        const found = () => readdirSync(join(PROJECT_ROOT, 'out')).find((n) => n.startsWith(`.check-fit-${child.pid}-`));
        // Wait for the state (the scratch build made and Chromium running), then interrupt.
        const poll = setInterval(() => {
          const name = found();
          if (name) scratch = join(PROJECT_ROOT, 'out', name);
          if (!sent && name && existsSync(join(scratch, 'deck.json')) && chromiumOf(child.pid!)) {
            sent = true;
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 25);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(sent, 'Chromium was seen measuring before the check ended').toBe(true);
    expect(run.code, run.stderr).toBe(EXIT.interrupted);
    // Closed in time, or (on a machine too busy to close Chromium and Vite within the 5 s grace,
    // src/cli/command.ts) stopped without waiting: either way it says nothing was written.
    expect(run.stderr).toMatch(/^\[check\] Interrupted; nothing was written(\.| \(stopped without waiting for what was still closing\)\.)$/m);
    expect(run.stdout).toBe(''); // no report from a check that did not finish
    expect(existsSync(scratch)).toBe(false);
    await expect.poll(() => survivors(marker)).toEqual([]);
  });
});
