// Writing the PDF so that a reader never sees a half-written file: write a temporary file next
// to the target (same directory, so the rename is atomic), flush it, then rename it over the
// target. A failed or interrupted export leaves the previous file as it was.
//
// Hand-written, not write-file-atomic (the well-kept package does the same write, fsync and
// rename): a Ctrl-C must remove the temporary file synchronously from the signal handler, while
// the write may still be under way (discard()), so its name is chosen here, before anything is
// written. write-file-atomic picks its own (`<file>.<hash>`, not hidden and not ending in .tmp,
// which .gitignore covers), reports it only through a callback once the file is open, and
// removes it at process exit through signal-exit, which an in-process command stopped by its
// AbortSignal never reaches.

import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeError } from './output-path.ts';

export class AtomicFile {
  readonly path: string;
  /** Hidden, and ends in .tmp (git-ignored). */
  readonly tempPath: string;
  private committed = false;

  constructor(path: string) {
    this.path = resolve(path);
    this.tempPath = join(dirname(this.path), `.${basename(this.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  }

  async commit(bytes: Uint8Array): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const handle = await open(this.tempPath, 'w');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(this.tempPath, this.path);
    } catch (error) {
      // A full disk or a busy file: the temporary file goes, the target stays as it was.
      this.discard();
      const shown = relative(process.cwd(), this.path);
      throw writeError(error, shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : this.path) ?? error;
    }
    this.committed = true;
  }

  /** Removes the temporary file if it exists (safe to call at any time, also from a signal handler). */
  discard(): void {
    if (!this.committed) rmSync(this.tempPath, { force: true });
  }
}
