// The W3C Nu HTML Checker (vnu-jar from npm), run with the machine's Java (`.ci/run` installs
// default-jre-headless when there is none). One JVM start checks every file given.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

export interface VnuMessage {
  /** error (including fatal and I/O problems), warning, or info. */
  readonly kind: 'error' | 'warning' | 'info';
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
  readonly extract: string;
}

interface RawMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Checks HTML files; messages keyed by the file path given. */
export function vnuCheck(files: readonly string[]): Map<string, VnuMessage[]> {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`java could not run the Nu HTML Checker (install a Java runtime, e.g. default-jre-headless): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`the Nu HTML Checker failed (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  const { messages } = JSON.parse(run.stderr) as { messages: RawMessage[] };
  const byUrl = new Map(files.map((f) => [pathToFileURL(f).href.replace(/^file:\/\/\//, 'file:/'), f]));
  const result = new Map<string, VnuMessage[]>(files.map((f) => [f, []]));
  for (const m of messages) {
    const file = byUrl.get(m.url ?? '');
    if (file === undefined) throw new Error(`the Nu HTML Checker reported on ${m.url ?? 'no file'}: ${m.message}`);
    const kind = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : 'info') : 'error';
    result.get(file)!.push({ kind, file, line: m.lastLine, message: m.message, extract: (m.extract ?? '').replace(/\s+/g, ' ').trim().slice(0, 160) });
  }
  return result;
}
