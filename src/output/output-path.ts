// Checking an output path before any work is done, so a read-only folder or a folder given as a
// file name fails at once with a plain message, not with EROFS after a whole render.

import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { EnvironmentError } from '../exit/cli-error.ts';

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to write there';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a folder';
  if (code === 'ENOENT') return 'that folder does not take new files';
  if (code === 'ENOSPC') return 'the disk is full';
  return (error as Error).message ?? String(error);
};

/** The nearest part of `dir` that exists, if it is a file (so no folder can be made under it). */
function fileInTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(at)) return statSync(at).isDirectory() ? undefined : at;
    if (dirname(at) === at) return undefined;
  }
}

/** Throws EnvironmentError unless a file can be written at `file` (shown to the person as `shown`). */
export function assertWritableFile(file: string, shown: string, option = '--out'): void {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new EnvironmentError(`${shown} is a folder, not a file name. Give a file name, e.g. ${option} ${join(shown, 'deck.pdf')}.`);
  }
  const dir = dirname(file);
  const blocking = fileInTheWay(dir);
  if (blocking) {
    // Named as the person wrote it: "notes.txt" of "notes.txt/deck.pdf".
    const rest = relative(blocking, file);
    const name = shown.endsWith(`/${rest}`) ? shown.slice(0, -rest.length - 1) : blocking;
    throw new EnvironmentError(`Cannot write ${shown}: ${name} is a file, not a folder. Choose another place with ${option}.`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new EnvironmentError(`Cannot create the folder ${dirname(shown) || dir} for ${shown}: ${reason(error)}. Choose another place with ${option}.`);
  }
  const probe = join(dir, `.write-test-${process.pid}.tmp`);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    throw new EnvironmentError(`Cannot write ${shown}: ${reason(error)}. Choose another place with ${option}.`);
  } finally {
    rmSync(probe, { force: true });
  }
}
