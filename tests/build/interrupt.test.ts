// Ctrl-C during `npm run build` keeps the previous dist/ exactly as it was and leaves no
// temporary folder, whenever it comes: early (Vite starting) or late (Vite writing its output).
// The CLI runs in a copy of the project; Ctrl-C is sent once Vite says it has reached that stage.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

/** Every file under `dir` with the hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('Ctrl-C during npm run build', { timeout: 120_000 }, () => {
  let copy: ProjectCopy;
  let previous: Record<string, string>;
  beforeAll(async () => {
    copy = copyProject('interrupt');
    // The previous build, in-process (main()); the interrupted builds below are real processes (SIGINT).
    const first = await copy.main('build');
    expect(first.code, first.stderr).toBe(EXIT.ok);
    // Mark the previous build, so a new one swapped in (even an identical one) would show.
    writeFileSync(copy.path('dist/previous-build.txt'), 'the build before Ctrl-C');
    previous = snapshot(copy.path('dist'));
  });
  afterAll(() => copy?.dispose());

  // Vite's progress on stdout, from start to end of a build.
  it.each(['building client environment', 'rendering chunks', 'computing gzip size'])('once Vite prints "%s": dist/ stays as it was, nothing temporary is left', async (stage) => {
    let sent = false;
    let stdout = '';
    const run = await copy.run('src/cli/build.ts', [], {
      onStdout: (text, child) => {
        stdout = text;
        if (!sent && text.includes(stage)) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent, stdout).toBe(true);
    expect(run.code, run.stderr).toBe(EXIT.interrupted);
    expect(run.stderr).toContain('[build] SIGINT: stopping; closing what was opened.');
    // Either the build closed in time, or (on a busy machine) the command's 5 s limit ended it
    // first (src/cli/command.ts): both write nothing, which is what the lines below check.
    expect(run.stderr, run.stderr).toMatch(/\[build\] Interrupted; nothing was written(?:\.| \(stopped without waiting for what was still closing\)\.)\n/);
    expect(run.stderr).not.toContain('wrote dist/');
    expect(snapshot(copy.path('dist'))).toEqual(previous);
    expect(readdirSync(copy.root).filter((f) => f.startsWith('.dist'))).toEqual([]);
  });
});
