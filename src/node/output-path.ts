// Checking an output path before any work is done, so a read-only folder or a folder given as a
// file name fails at once with a plain message, not with EROFS after a whole render.

import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EnvironmentError } from '../cli/errors.ts';

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EROFS' ? 'the disk is read-only' : code === 'EACCES' || code === 'EPERM' ? 'no permission to write there' : code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : ((error as Error).message ?? String(error));
};

/** Throws EnvironmentError unless a file can be written at `file` (shown to the person as `shown`). */
export function assertWritableFile(file: string, shown: string, option = '--out'): void {
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new EnvironmentError(`${shown} is a folder, not a file name. Give a file name, e.g. ${option} ${join(shown, 'deck.pdf')}.`);
  }
  const dir = dirname(file);
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
