// `npm run pdf` as a person runs it: progress on stderr, the path on stdout, one-line errors with
// their exit codes, and Ctrl-C closing the browser and the server.
// Two tests run the real process (runCli): the whole export (stdout and stderr as the process
// writes them) and Ctrl-C (a signal). Each such run carries a unique environment marker,
// inherited by Chromium, so the test can tell whether any browser process outlived the command.
// The others are about what the command says and returns, and call it in-process (runMain):
// a browser it left behind would be a child of this process (childProcesses()).

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { childProcesses, runMain, runProcess, survivors, type ProcessOptions } from '../support/cli.ts';
import { slides } from './support/deck-expect.ts';
import { tempDir, tempFiles } from './support/export.ts';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real process (as `npm run pdf` does, minus npm), run from `dir` (tests/support/cli.ts). */
const runCli = (args: string[], options: Pick<ProcessOptions, 'onStderr'> = {}) => runProcess('pdf', args, { cwd: dir, ...options });

/** The command in-process, run from `dir`. */
const pdf = (args: string[], env?: Record<string, string>) => runMain('pdf', args, { cwd: dir, ...(env ? { env } : {}) });

/** Lines of our own output, without Node warnings. */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('[pdf] error:'));

let neverReady: string;
beforeAll(() => {
  // A fixture deck that never starts: the real build with its script removed.
  neverReady = join(dir, 'never-ready');
  cpSync(inject('distDir'), neverReady, { recursive: true });
  const index = join(neverReady, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/<script type="module"[^>]*><\/script>/, ''));
});

describe('npm run pdf', () => {
  it('reports progress on stderr and prints the path written as the last stdout line', async () => {
    const run = await runCli(['--dist', inject('distDir'), '--out', 'handout.pdf']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('handout.pdf');
    expect(existsSync(join(dir, 'handout.pdf'))).toBe(true);
    for (const stage of ['build', 'browser', 'render', 'write']) expect(run.stderr).toMatch(new RegExp(`^\\[pdf\\] ${stage}: `, 'm'));
    expect(run.stderr).toMatch(new RegExp(`^\\[pdf\\] write: handout\\.pdf: ${slides.length} pages, \\d+ KB`, 'm'));
    await expect.poll(() => survivors(run.marker)).toEqual([]);
  });

  // Issue 23: CHROMIUM_PATH at another browser hung 180 s, then gave playwright-core's raw timeout.
  for (const [path, said] of [['/usr/bin/firefox-esr', /Mozilla Firefox \d+/], ['/bin/true', /true \(GNU coreutils\) \d/]] as const) {
    it(`says CHROMIUM_PATH is not Chromium when it points at ${path}`, async () => {
      const run = await pdf(['--dist', inject('distDir'), '--out', 'notchrome.pdf'], { CHROMIUM_PATH: path });
      expect(run.code, run.stderr).toBe(EXIT.environment);
      const lines = errorLines(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^\\[pdf\\] error: ${path.replaceAll('/', '\\/')} \\(set by CHROMIUM_PATH\\) is not Chromium: asked its version, it says "${said.source}.*"\\. Point CHROMIUM_PATH at a Chromium or Chrome binary \\(Debian's is \\/usr\\/bin\\/chromium\\), or unset it\\.$`));
      expect(existsSync(join(dir, 'notchrome.pdf'))).toBe(false);
    });
  }

  it('says how to get Chromium when it is not there', async () => {
    const run = await pdf(['--dist', inject('distDir'), '--out', 'nochrome.pdf'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.code).toBe(EXIT.environment);
    expect(errorLines(run.stderr)).toEqual([
      '[pdf] error: Chromium was not found at /nonexistent/chromium (set by CHROMIUM_PATH). Install it with `bash scripts/setup.sh` (or `apt-get install -y chromium` as root), or set CHROMIUM_PATH to the path of a Chromium or Chrome binary.',
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(join(dir, 'nochrome.pdf'))).toBe(false);
  });

  it('says when the port asked for is taken', async () => {
    const server: Server = createServer();
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await pdf(['--dist', inject('distDir'), '--port', String(port), '--out', 'port.pdf']);
      expect(run.code).toBe(EXIT.environment);
      expect(errorLines(run.stderr)).toEqual([`[pdf] error: Port ${port} on 127.0.0.1 is already in use. Stop whatever uses it, or leave the port out to pick a free one.`]);
    } finally {
      server.close();
    }
  });

  it('names what never became ready, within --timeout, and closes the browser', async () => {
    const run = await pdf(['--dist', neverReady, '--timeout', '2000', '--out', 'late.pdf']);
    expect(run.code).toBe(EXIT.failed);
    // The cause and the fix, exactly; between them the requests still open when time ran out
    // (on a busy machine, the favicon or the fonts may be among them), which is whatever it was:
    // addresses, so dots and all, up to the sentence that gives the fix.
    const [line, ...more] = errorLines(run.stderr);
    expect(more).toEqual([]);
    expect(line).toMatch(
      /^\[pdf\] error: The deck did not become ready for printing within 2000 ms: the deck's script never started it \(deck state "loading"\)(?:; still waiting for \S.*?)?\. Fix the cause, or allow more time with --timeout <ms>\.$/,
    );
    await expect.poll(() => childProcesses()).toEqual([]);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('rejects bad arguments with the usage (exit code 2)', async () => {
    const run = await pdf(['--notes', '--steps']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[pdf] Choose one of --notes or --steps.');
    expect(run.stderr).toContain('Usage: npm run pdf');
  });

  it('on Ctrl-C closes the browser and the server, writes nothing and keeps the previous file', async () => {
    // A previous PDF (the command refuses to replace a file that is not one).
    writeFileSync(join(dir, 'keep.pdf'), '%PDF-1.7\nprevious export');
    let sent = false;
    const run = await runCli(['--dist', neverReady, '--timeout', '60000', '--out', 'keep.pdf'], {
      onStderr: (text, child) => {
        // The browser is up and waiting for a deck that will never be ready: interrupt now.
        if (!sent && text.includes('[pdf] browser: ')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent, run.stderr).toBe(true);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('[pdf] SIGINT: stopping; closing what was opened.');
    expect(run.stderr).toContain('[pdf] Interrupted; nothing was written.');
    expect(readFileSync(join(dir, 'keep.pdf'), 'utf8')).toBe('%PDF-1.7\nprevious export');
    expect(tempFiles(dir)).toEqual([]);
    await expect.poll(() => survivors(run.marker)).toEqual([]);
  });
});
