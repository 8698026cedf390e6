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

/** What to do about a write the machine refused, by its error code. */
const WRITE_FIXES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full. Free some space on it (or choose another place), then run the command again',
  EDQUOT: 'your disk quota is used up. Free some space (or choose another place), then run the command again',
  EBUSY: 'it is in use (a file manager, a preview window, an editor, a server or a mounted drive has it open). Close what has it open, then run the command again',
  EACCES: 'there is no permission to write there. Give yourself write permission on it, or choose another place',
  EPERM: 'the system does not allow changing it (it may be locked or read-only). Unlock it, or choose another place',
  EROFS: 'the disk is read-only. Choose another place, or make the disk writable',
};

/** The bundler (rolldown) reports a refused write in the operating system's words, with no code. */
function osErrorCode(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  if (!/Failed to write|write/i.test(text)) return undefined;
  if (/No space left on device|os error 28\b/.test(text)) return 'ENOSPC';
  if (/Device or resource busy|os error 16\b/.test(text)) return 'EBUSY';
  if (/Permission denied|os error 13\b/.test(text)) return 'EACCES';
  if (/Read-only file system|os error 30\b/.test(text)) return 'EROFS';
  return undefined;
}

/**
 * A write the machine refused (disk full, file busy, no permission) as the exit-4 error the
 * README promises: which path, why, and what to do; the previous file is kept (every output is
 * written beside its target and renamed into place). undefined for any other error.
 */
export function writeError(error: unknown, shown: string): EnvironmentError | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? (error as { cause?: NodeJS.ErrnoException } | null)?.cause?.code ?? osErrorCode(error);
  const fix = code ? WRITE_FIXES[code] : undefined;
  if (!fix) return undefined;
  return new EnvironmentError(`Cannot write ${shown} (${code}): ${fix}. Nothing was half-written: what was there before is kept.`, { cause: error });
}
