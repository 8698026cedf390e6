// The one error type a command turns into its exit code (as Marp CLI's CLIError does): any layer
// throws a CliError, or a subclass, with the code it means, and src/cli prints its message and
// exits with that code. No command needs to know another's error classes, or recognise them by
// name. This module imports nothing, so every layer can import it.
//
//   DeckValidationError (src/model/errors.ts)  3  the deck cannot be used as written
//   EnvironmentError                           4  the machine or the files around the deck
//   UsageError                                 2  a wrong command line
//   ExportError, BuildError, …                 1  the work ran and failed
// Each message says what is wrong and what to do, in one line.

import { EXIT, type ExitCode } from './exit-codes.ts';

export class CliError extends Error {
  override name = 'CliError';
  /** The exit code the command ends with when this error stops it. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.failed, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** The machine or the files around the deck (exit 4): no Chromium, a port in use, an output path that cannot be written. */
export class EnvironmentError extends CliError {
  override name = 'EnvironmentError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT.environment, options);
  }
}

/** A wrong command line (exit 2): an unknown option or a bad value. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT.usage, options);
  }
}
