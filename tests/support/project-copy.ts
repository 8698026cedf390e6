// A throwaway copy of the project (sources, slides, page template, configuration) for tests that
// must change a slide, break a file or interrupt a command as a person would, without touching the
// real slides/ or dist/. The copy lives under out/ inside the project, so Node and Vite find the
// project's node_modules by walking up: nothing is installed or linked. remove() deletes it.

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What a command prints and how it ended. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Called with all of stdout (stderr) so far, each time more arrives. */
  readonly onStdout?: (stdout: string, child: ChildProcess) => void;
  readonly onStderr?: (stderr: string, child: ChildProcess) => void;
  /** Called once the process has started. */
  readonly onStart?: (child: ChildProcess) => void;
}

export interface ProjectCopy {
  readonly root: string;
  /** Absolute path of a file in the copy. */
  path(file: string): string;
  read(file: string): string;
  write(file: string, content: string | Uint8Array): void;
  /** Replaces `from` (which must occur) with `to` in a file of the copy. */
  edit(file: string, from: string | RegExp, to: string): void;
  remove(file: string): void;
  /** Runs one of the project's entry points (e.g. src/cli/check.ts) as npm would: tsx, cwd = the copy. */
  run(entry: string, args?: readonly string[], options?: RunOptions): Promise<Run>;
  /** Deletes the copy. */
  dispose(): void;
}

/** What the project is made of: its folders, configuration, and every page template at the top (index.html, read.html, …). */
const COPIED = ['src', 'slides', 'scripts', 'public', 'package.json', 'tsconfig.json', 'vite.config.ts', ...readdirSync(PROJECT_ROOT).filter((f) => f.endsWith('.html'))];

/** Runs a TypeScript entry point under tsx; resolves when it has exited. */
export function runEntry(cwd: string, entry: string, args: readonly string[] = [], options: RunOptions = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    options.onStdout?.(stdout, child);
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    options.onStderr?.(stderr, child);
  });
  return new Promise((ok) => child.on('close', (code, signal) => ok({ code, signal, stdout, stderr })));
}

/** Copies the project into out/<name>-<pid>-<n>/ (removed first if a crashed run left it). */
export function copyProject(name: string): ProjectCopy {
  const root = join(PROJECT_ROOT, 'out', `.copy-${name}-${process.pid}-${Date.now().toString(36)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  const path = (file: string) => join(root, file);
  return {
    root,
    path,
    read: (file) => readFileSync(path(file), 'utf8'),
    write(file, content) {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), content);
    },
    edit(file, from, to) {
      const text = readFileSync(path(file), 'utf8');
      const found = typeof from === 'string' ? text.includes(from) : from.test(text);
      if (!found) throw new Error(`${file} of the project copy does not contain ${String(from)}`);
      writeFileSync(path(file), text.replace(from, to));
    },
    remove: (file) => rmSync(path(file), { recursive: true, force: true }),
    run: (entry, args = [], options = {}) => runEntry(root, entry, args, options),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** True while the copy exists (for tests that check nothing is left behind). */
export const exists = (copy: ProjectCopy, file = '.'): boolean => existsSync(copy.path(file));
