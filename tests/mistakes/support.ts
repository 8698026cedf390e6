// Calling a command in-process, as a person would run it from the project (or a copy of it):
// its exit code and what it wrote on stdout and stderr.

import { resolve } from 'node:path';
import type { Main } from '../../src/cli/command.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(main: Main, argv: readonly string[], cwd = ROOT, signal?: AbortSignal): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, ...(signal ? { signal } : {}) });
  return { code, stdout, stderr };
}
