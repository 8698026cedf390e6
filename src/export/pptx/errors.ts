// The PowerPoint export's own errors (exit 1, message only: each says what is wrong and what to
// do), in a module of their own so the command line knows them without loading pptxgenjs or
// Chromium before its arguments are checked.

/** A slide does not fit even with all its text at the smallest size allowed. */
export class PptxLayoutError extends Error {
  override name = 'PptxLayoutError';
}

/** A figure the deck shows has no rendered picture. */
export class PptxFigureError extends Error {
  override name = 'PptxFigureError';
}

/** A figure could not be drawn (not SVG, no size, the deck's font did not load). */
export class FigureRenderError extends Error {
  override name = 'FigureRenderError';
}

/** meta.lang is not a tag PowerPoint can use. */
export class PptxLanguageError extends Error {
  override name = 'PptxLanguageError';
}

/** Ctrl-C or SIGTERM during the export: nothing was written. */
export class PptxInterruptedError extends Error {
  override name = 'PptxInterruptedError';
  constructor() {
    super('Interrupted; nothing was written.');
  }
}

export const PPTX_ERRORS = [PptxLayoutError, PptxFigureError, FigureRenderError, PptxLanguageError, PptxInterruptedError] as const;
