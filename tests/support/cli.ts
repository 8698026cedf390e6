// Running the project's commands in tests, two ways, one helper:
//  - runMain(): in-process, as a function (src/cli/commands/<name>.ts main(argv, io) returns the
//    exit code), with stdout and stderr captured. For tests about what a command does and says.
//  - runProcess(): the real process, `node <NODE_ARGS> src/cli/<name>.ts` as npm runs it. Only
//    for what needs one: exit codes of the process, signals (Ctrl-C, SIGTERM), stdout through a
//    pipe, and processes (Chromium) that must not outlive it.
// Both can run another copy of the project (tests/support/project-copy.ts): in-process, the
// copy's own src/ is imported, so its PROJECT_ROOT is the copy's.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandIo, Main } from '../../src/cli/command.ts';
import { NODE_ARGS } from '../../src/load/node-args.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What a command printed and how it ended. */
export interface Run {
  /** Exit code (null when a process was ended by a signal it did not handle). */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export type CommandName = 'build' | 'build-single' | 'check' | 'pdf' | 'pptx' | 'review' | 'bench' | 'kit';

export interface MainOptions {
  /** The project whose command runs (default: this one). */
  readonly root?: string;
  /** Where the person ran it (npm's INIT_CWD; default: the root). */
  readonly cwd?: string;
  /** Environment variables set for the call (restored after it). */
  readonly env?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Called with all of stderr so far, each time more is written. */
  readonly onStderr?: (stderr: string) => void;
}

/** Runs a command in this process: main(argv, io) with captured streams. */
export async function runMain(name: CommandName, argv: readonly string[] = [], options: MainOptions = {}): Promise<Run> {
  const root = options.root ?? PROJECT_ROOT;
  const { main } = (await import(pathToFileURL(join(root, 'src/cli/commands', `${name}.ts`)).href)) as { main: Main };
  let stdout = '';
  let stderr = '';
  const io: Partial<CommandIo> = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: {
      write: (text: string) => {
        stderr += text;
        options.onStderr?.(stderr);
      },
    },
    cwd: options.cwd ?? root,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  try {
    const code = await main(argv, io);
    return { code, signal: null, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export interface ProcessOptions {
  /** The project to run in (default: this one); also npm's INIT_CWD unless `cwd` says otherwise. */
  readonly root?: string;
  /** Where the person ran it (INIT_CWD). */
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Called with all of stdout (stderr) so far, each time more arrives. */
  readonly onStdout?: (stdout: string, child: ChildProcess) => void;
  readonly onStderr?: (stderr: string, child: ChildProcess) => void;
  /** Called once the process has started, with the marker in its environment (see survivors()). */
  readonly onStart?: (child: ChildProcess, marker: string) => void;
}

export interface ProcessRun extends Run {
  /** A marker in the process's environment, inherited by what it starts (see survivors()). */
  readonly marker: string;
}

const MARKER = 'DECK_TEST_RUN';

/** Runs src/cli/<name>.ts as its own process, under tsx, as npm would; resolves when it has exited. */
export function runProcess(name: CommandName, args: readonly string[] = [], options: ProcessOptions = {}): Promise<ProcessRun> {
  const root = options.root ?? PROJECT_ROOT;
  const marker = randomUUID();
  const child = spawn(process.execPath, [...NODE_ARGS, join(root, 'src/cli', `${name}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, INIT_CWD: options.cwd ?? root, [MARKER]: marker, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onStart?.(child, marker);
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
  return new Promise((ok) => child.on('close', (code, signal) => ok({ code, signal, stdout, stderr, marker })));
}

/** Processes still running with a run's marker in their environment (Chromium and its helpers). */
export function survivors(marker: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`${MARKER}=${marker}`);
      } catch {
        return false; // gone, or not ours to read
      }
    })
    .map(Number);
}

/** Processes whose parent is this test process ("pid name"): a Chromium an in-process command started and left. */
export function childProcesses(): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const [, comm, rest] = /^\d+ \((.*)\) (.*)/s.exec(stat)!;
        return Number(rest!.split(' ')[1]) === process.pid ? [`${pid} ${comm}`] : [];
      } catch {
        return [];
      }
    });
}
