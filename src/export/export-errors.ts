// Errors the PDF export reports to the person running it: each says what went wrong and what to do,
// in one line. The CLI prints `message` only (no stack) for these and exits with code 1.

import { CliError } from '../exit/cli-error.ts';

/** The export ran and failed (exit 1, EXIT.failed, CliError's default). */
export class ExportError extends CliError {
  override name = 'ExportError';
}

/** The deck (or one slide) did not reach a printable state within the timeout. */
export class SlideNotReadyError extends ExportError {
  override name = 'SlideNotReadyError';
  constructor(
    readonly slideId: string | null,
    readonly reason: string,
    readonly timeoutMs: number,
  ) {
    super(
      `${slideId === null ? 'The deck' : `Slide "${slideId}"`} did not become ready for printing within ${timeoutMs} ms: ${reason}. ` +
        'Fix the cause, or allow more time with --timeout <ms>.',
    );
  }
}

/** The deck asked for something on another origin (the export blocks all of them). */
export class OffOriginRequestError extends ExportError {
  override name = 'OffOriginRequestError';
  constructor(readonly urls: readonly string[]) {
    super(
      `The deck requested ${urls[0]}, which is not part of the deck. A PDF must not depend on the network: ` +
        `bundle the file or remove the reference${urls.length > 1 ? ` (${urls.length - 1} more: ${urls.slice(1).join(', ')})` : ''}.`,
    );
  }
}

/** A request for one of the deck's own files failed (missing figure, font, ...). */
export class FailedRequestError extends ExportError {
  override name = 'FailedRequestError';
  constructor(readonly requests: readonly string[]) {
    super(`The deck could not load ${requests.join(', ')}. Rebuild the deck (npm run build) and check the file exists.`);
  }
}

/** The deck threw while starting or laying out. */
export class DeckScriptError extends ExportError {
  override name = 'DeckScriptError';
  constructor(readonly errors: readonly string[]) {
    super(`The deck failed in the browser: ${errors.join(' | ')}`);
  }
}

interface Overflow {
  readonly id: string;
  /** How far the content runs past the page, in CSS px. */
  readonly by: number;
  readonly axis: 'height' | 'width';
}

/** A slide's content does not fit on its page (reveal would silently cut it off). */
export class SlideOverflowError extends ExportError {
  override name = 'SlideOverflowError';
  constructor(readonly overflows: readonly Overflow[]) {
    const [first, ...rest] = overflows as [Overflow, ...Overflow[]];
    const what = first.axis === 'height' ? 'taller' : 'wider';
    super(
      `slide ${first.id} is ${what} than the page (by ${Math.ceil(first.by)} px); shorten it.` +
        (rest.length ? ` Also too big: ${rest.map((o) => o.id).join(', ')}.` : ''),
    );
  }
}

/** Chromium printed a different number of pages than the print view laid out. */
export class PageCountError extends ExportError {
  override name = 'PageCountError';
  constructor(expected: number, actual: number) {
    super(`Chromium printed ${actual} pages where the print view laid out ${expected}; a page spilled over or a blank page was added.`);
  }
}

/** The run was stopped (Ctrl-C, SIGTERM). Nothing was written. */
export class ExportInterruptedError extends ExportError {
  override name = 'ExportInterruptedError';
  constructor() {
    super('Interrupted; nothing was written.');
  }
}
