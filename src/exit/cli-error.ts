// Errors about the machine or the files around the deck (exit code 4: EXIT.environment), as
// opposed to problems in the deck itself (DeckValidationError, exit 3) or in the work (exit 1).
// Each message says what is wrong and what to do, in one line.

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

/** A wrong command line (exit 2): an unknown option or a bad value. */
export class UsageError extends Error {
  override name = 'UsageError';
}
