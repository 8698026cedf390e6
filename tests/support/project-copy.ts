// A throwaway copy of the project (sources, slides, page template, configuration) for tests that
// must change a slide, break a file or interrupt a command as a person would, without touching the
// real slides/ or dist/. The copy lives under out/ inside the project, so Node and Vite find the
// project's node_modules by walking up: nothing is installed or linked. remove() deletes it.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, runMain, runProcess, type CommandName, type MainOptions, type ProcessOptions, type ProcessRun, type Run } from './cli.ts';

export { PROJECT_ROOT, type Run };

/** A command named as its entry point (src/cli/check.ts) or by name (check). */
type Entry = CommandName | `src/cli/${CommandName}.ts`;
const commandOf = (entry: Entry): CommandName => entry.replace(/^src\/cli\/(.*)\.ts$/, '$1') as CommandName;

/** Runs an entry point of the project at `root` as its own process (tests/support/cli.ts runProcess). */
export const runEntry = (root: string, entry: Entry, args: readonly string[] = [], options: Omit<ProcessOptions, 'root'> = {}): Promise<ProcessRun> =>
  runProcess(commandOf(entry), args, { ...options, root });

export interface ProjectCopy {
  readonly root: string;
  /** Absolute path of a file in the copy. */
  path(file: string): string;
  read(file: string): string;
  write(file: string, content: string | Uint8Array): void;
  /** Replaces `from` (which must occur) with `to` in a file of the copy. */
  edit(file: string, from: string | RegExp, to: string): void;
  remove(file: string): void;
  /** Runs one of the copy's commands in this process (its own src/, so the copy is its project root). */
  main(name: Entry, argv?: readonly string[], options?: Omit<MainOptions, 'root'>): Promise<Run>;
  /** Runs one of the copy's commands as its own process, as npm would (for exit codes, signals, stdout). */
  run(name: Entry, args?: readonly string[], options?: Omit<ProcessOptions, 'root'>): Promise<ProcessRun>;
  /** Deletes the copy. */
  dispose(): void;
}

/** What the project is made of: its folders, configuration, and every page template at the top (index.html, read.html, …). */
const COPIED = ['src', 'slides', 'scripts', 'public', 'package.json', 'tsconfig.json', 'vite.config.ts', ...readdirSync(PROJECT_ROOT).filter((f) => f.endsWith('.html'))];

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
    main: (name, argv = [], options = {}) => runMain(commandOf(name), argv, { ...options, root }),
    run: (name, args = [], options = {}) => runProcess(commandOf(name), args, { ...options, root }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** True while the copy exists (for tests that check nothing is left behind). */
export const exists = (copy: ProjectCopy, file = '.'): boolean => existsSync(copy.path(file));
