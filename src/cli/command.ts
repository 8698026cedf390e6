// What every command-line entry point shares: one-line messages, the exit codes of
// src/exit/exit-codes.ts, and Ctrl-C handling that leaves nothing half-written.

import { abandonBuilds, buildFailureMessage, deckErrorOf } from '../build/run-build.ts';
import { EnvironmentError, UsageError } from '../exit/cli-error.ts';
import { EXIT, type ExitCode } from '../exit/exit-codes.ts';

export interface Command {
  /** Prefix of every message, e.g. "pdf" → "[pdf] error: …". */
  readonly name: string;
  /** Extra error classes that are this command's own "the work failed" errors (exit 1, message only). */
  readonly ownErrors?: readonly (abstract new (...args: never[]) => Error)[];
  /** Extra environment error classes (exit 4). */
  readonly environmentErrors?: readonly (abstract new (...args: never[]) => Error)[];
}

/** The exit code and the message for an error, per the shared table. */
export function classify(error: unknown, command: Command): { code: ExitCode; message: string } {
  const deck = deckErrorOf(error);
  if (deck) return { code: EXIT.invalidDeck, message: deck.message };
  // A plugin that stopped the build says what and where (not "Build failed with 1 error:").
  const built = buildFailureMessage(error);
  if (built) return { code: EXIT.failed, message: built };
  if (!(error instanceof Error)) return { code: EXIT.failed, message: String(error) };
  if (error instanceof UsageError) return { code: EXIT.usage, message: error.message };
  const environment = error instanceof EnvironmentError || (command.environmentErrors ?? []).some((c) => error instanceof c) || error.name === 'ChromiumNotFoundError' || error.name === 'PortInUseError';
  if (environment) return { code: EXIT.environment, message: error.message };
  if ((command.ownErrors ?? []).some((c) => error instanceof c) || process.env.DEBUG) return { code: EXIT.failed, message: error.message };
  return { code: EXIT.failed, message: `${error.message.split('\n')[0]} (run with DEBUG=1 for details)` };
}

/**
 * Runs `main` with an AbortSignal that fires on Ctrl-C or SIGTERM. A build in progress is
 * abandoned (its temporary folder removed, the previous build kept); `main` gets the chance to
 * close what it opened; a second Ctrl-C, or 5 s, ends the process anyway.
 */
export async function runCommand(command: Command, main: (signal: AbortSignal) => Promise<number>): Promise<void> {
  const controller = new AbortController();
  let interruptCode: ExitCode = EXIT.interrupted;
  const onSignal = (signal: NodeJS.Signals) => {
    interruptCode = signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
    if (controller.signal.aborted) process.exit(interruptCode);
    process.stderr.write(`\n[${command.name}] ${signal}: stopping; closing what was opened.\n`);
    abandonBuilds();
    controller.abort();
    setTimeout(() => process.exit(interruptCode), 5000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let code: number;
  try {
    code = await main(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) code = interruptCode;
    else {
      const { code: c, message } = classify(error, command);
      process.stderr.write(`[${command.name}] ${c === EXIT.invalidDeck ? '' : 'error: '}${message}\n`);
      if (process.env.DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      code = c;
    }
  }
  if (controller.signal.aborted) {
    code = interruptCode;
    process.stderr.write(`[${command.name}] Interrupted; nothing was written.\n`);
  }
  process.exitCode = code;
  // A Vite build cannot be cancelled: leave now rather than wait for it.
  if (controller.signal.aborted) process.exit(code);
}
