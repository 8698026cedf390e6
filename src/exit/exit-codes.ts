// Exit codes shared by every command (build, build:single, check, pdf, bench, review), so a
// script can tell "the deck has a problem" from "this machine has a problem". README lists them.

export const EXIT = {
  /** Done: the file was written, the check passed (warnings allowed), the bench is in budget. */
  ok: 0,
  /** The work ran and found a problem: a content rule failed, an export failed, over budget. */
  failed: 1,
  /** The command line was wrong (unknown option, bad value): nothing was done. */
  usage: 2,
  /** The deck cannot be used as written: a slide, local.ts or review.ts is invalid or does not load. */
  invalidDeck: 3,
  /** The machine or the files around the deck: no Chromium, a port in use, an output path that cannot be written, a stale or missing build. */
  environment: 4,
  /** Stopped by Ctrl-C (SIGINT). */
  interrupted: 130,
  /** Stopped by SIGTERM. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The table as README shows it (tests keep the two in step). */
export const EXIT_TABLE: readonly (readonly [ExitCode, string])[] = [
  [EXIT.ok, 'done (the check passed; warnings are allowed)'],
  [EXIT.failed, 'the work ran and found a problem (a content rule failed, the export failed, over budget)'],
  [EXIT.usage, 'wrong command line (unknown option or bad value); nothing was done'],
  [EXIT.invalidDeck, 'the deck is invalid or does not load (a slide, `slides/local.ts`, `slides/review.ts`); the message names the file, the field and what to do'],
  [EXIT.environment, 'a problem around the deck: Chromium missing, port in use, an output path that cannot be written, a stale or missing build'],
  [EXIT.interrupted, 'stopped with Ctrl-C; nothing half-written is left'],
  [EXIT.terminated, 'stopped with SIGTERM; nothing half-written is left'],
];
