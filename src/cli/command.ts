// What every command shares: one-line messages, the exit codes of src/exit/exit-codes.ts (each
// error carries its own: src/exit/cli-error.ts), and Ctrl-C handling that leaves nothing
// half-written.
//
// A command is a function, main(argv, io) → exit code, so tests can call it in-process; the file
// package.json runs (src/cli/<command>.ts) only hands it the process (runAsProcess).

import { CliError } from '../exit/cli-error.ts';
import { EXIT, type ExitCode } from '../exit/exit-codes.ts';

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** Where the person ran the command (npm's INIT_CWD): paths they type are relative to it. */
  readonly cwd: string;
  /** Fires on Ctrl-C or SIGTERM: the command closes what it opened and writes nothing. */
  readonly signal: AbortSignal;
}

/** A command's entry point. */
export type Main = (argv: readonly string[], io?: Partial<CommandIo>) => Promise<number>;

/** The process's own streams and folder, for what a caller leaves out. */
export function processIo(io: Partial<CommandIo> = {}): CommandIo {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.env.INIT_CWD ?? process.cwd(),
    signal: io.signal ?? new AbortController().signal,
  };
}

/** The exit code and the message for an error: a CliError's own, anything else is a bug (exit 1). */
export function classify(error: unknown): { code: ExitCode; message: string } {
  if (error instanceof CliError) return { code: error.exitCode, message: error.message };
  if (!(error instanceof Error)) return { code: EXIT.failed, message: String(error) };
  if (process.env.DEBUG) return { code: EXIT.failed, message: error.message };
  return { code: EXIT.failed, message: `${error.message.split('\n')[0]} (run with DEBUG=1 for details)` };
}

/**
 * Runs a command's work and turns what stops it into an exit code and one message
 * ("[name] error: …"; an invalid deck's located problems without "error:"). Once `io.signal`
 * has fired, the code is the interruption's and the message says nothing was written.
 */
export async function runCommand(name: string, io: CommandIo, work: () => Promise<number>): Promise<number> {
  let code: number;
  try {
    code = await work();
  } catch (error) {
    if (io.signal.aborted) code = EXIT.interrupted;
    else {
      const { code: c, message } = classify(error);
      io.stderr.write(`[${name}] ${c === EXIT.invalidDeck ? '' : 'error: '}${message}\n`);
      if (process.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      code = c;
    }
  }
  if (io.signal.aborted) {
    io.stderr.write(`[${name}] Interrupted; nothing was written.\n`);
    return EXIT.interrupted;
  }
  return code;
}

/**
 * The process around a command: Ctrl-C or SIGTERM aborts its signal (a build in progress is
 * abandoned: its temporary folder removed, the previous build kept), the command gets the chance
 * to close what it opened, and a second Ctrl-C, or 5 s, ends the process anyway.
 */
export async function runAsProcess(name: string, main: Main): Promise<void> {
  const controller = new AbortController();
  let interruptCode: ExitCode = EXIT.interrupted;
  const onSignal = (signal: NodeJS.Signals) => {
    interruptCode = signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
    if (controller.signal.aborted) process.exit(interruptCode);
    process.stderr.write(`\n[${name}] ${signal}: stopping; closing what was opened.\n`);
    controller.abort();
    // Every file is written whole or not at all (src/output/atomic-file.ts, each writer's abort
    // listener removing its temporary file at once), so leaving without waiting writes nothing.
    setTimeout(() => {
      process.stderr.write(`[${name}] Interrupted; nothing was written (stopped without waiting for what was still closing).\n`);
      process.exit(interruptCode);
    }, 5000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await main(process.argv.slice(2), { signal: controller.signal });
  process.exitCode = controller.signal.aborted ? interruptCode : code;
  // A Vite build cannot be cancelled: leave now rather than wait for it.
  if (controller.signal.aborted) process.exit(process.exitCode);
}
