// Issue 23, weak case: a full disk gave a raw ENOSPC and a busy dist/ a raw EBUSY, both exit 1
// where the README promises 4. Made for real with small tmpfs mounts (as root; skipped, saying
// so, where mounting is not allowed): dist/ as a mount point cannot be renamed (EBUSY), and a
// 64 KB out/ is full before build:single's page is written (ENOSPC). Each now exits 4 with one
// sentence naming the path, the cause and what to do, and leaves nothing half-written.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
  copy?.dispose();
});

function mountSmall(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

describe('writes the machine refuses', { timeout: 240_000 }, () => {
  it('a busy dist/ (EBUSY): npm run build exits 4 naming dist/ and what to do; no temporary folder is left', async (context) => {
    copy = copyProject('write-refused');
    if (!mountSmall(copy.path('dist'), '1m')) return context.skip('mounting a tmpfs is not allowed here (needs root and CAP_SYS_ADMIN)');
    const ran = await copy.main('build');
    expect(ran.code, ran.stderr).toBe(EXIT.environment);
    expect(ran.stderr).toContain(
      '[build] error: Cannot write dist/ (EBUSY): it is in use (a file manager, a preview window, an editor, a server or a mounted drive has it open). Close what has it open, then run the command again. Nothing was half-written: what was there before is kept.',
    );
    expect(readdirSync(copy.root).filter((n) => n.includes('.building'))).toEqual([]);
  });

  it('a full disk (ENOSPC): npm run build:single exits 4 saying the disk is full; nothing is left in out/', async (context) => {
    copy = copyProject('write-refused');
    if (!mountSmall(copy.path('out'), '64k')) return context.skip('mounting a tmpfs is not allowed here (needs root and CAP_SYS_ADMIN)');
    const ran = await copy.main('build-single');
    expect(ran.code, ran.stderr).toBe(EXIT.environment);
    expect(ran.stderr).toMatch(/\[build:single\] error: Cannot write out\/\S*\/ \(ENOSPC\): the disk is full\. Free some space on it \(or choose another place\), then run the command again\. Nothing was half-written: what was there before is kept\./);
    expect(readdirSync(copy.path('out'))).toEqual([]);
  });
});
