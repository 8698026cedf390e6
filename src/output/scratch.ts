// Scratch folders a command builds in (a build's temporary folder, the single file's and the fit
// check's scratch builds): named after the process that made them, removed when it ends however
// it ends short of being killed outright, and, when it was (kill -9, a closed terminal, a power
// cut), removed by the next command that uses the same kind of folder: nothing is left behind.

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const live = new Set<string>();

// Whatever ends the process (a second Ctrl-C, a command's time limit) removes its scratch folders.
process.on('exit', () => {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
});

/** Whether a process with this id is running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `prefix-<pid>-<suffix>` folders (and their `.old`) in `parent` whose process is gone, by name. */
export function abandonedScratch(parent: string, prefix: string): string[] {
  if (!existsSync(parent)) return [];
  const mine = new RegExp(`^${escape(prefix)}-(\\d+)(?:-[0-9a-z]+)?(?:\\.old)?$`);
  return readdirSync(parent).filter((name) => {
    const pid = mine.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !running(Number(pid));
  });
}

/** Removes what abandonedScratch finds. */
export function removeAbandonedScratch(parent: string, prefix: string): void {
  for (const name of abandonedScratch(parent, prefix)) rmSync(join(parent, name), { recursive: true, force: true });
}

/** A new scratch folder's path, `parent/prefix-<pid>-<time>`, removed at exit unless released. */
export function scratchPath(parent: string, prefix: string): string {
  removeAbandonedScratch(parent, prefix);
  const dir = join(parent, `${prefix}-${process.pid}-${Date.now().toString(36)}`);
  live.add(dir);
  return dir;
}

/** The folder is dealt with (removed, or renamed into place): exit no longer removes it. */
export function releaseScratch(dir: string): void {
  live.delete(dir);
}
