// The PowerPoint export's own errors: each is an ExportError (exit 1, src/exit/cli-error.ts) whose
// message says what is wrong and what to do. In a module of their own, so nothing that names them
// loads pptxgenjs or Chromium.

import { ExportError } from '../export-errors.ts';

/** A slide does not fit even with all its text at the smallest size allowed. */
export class PptxLayoutError extends ExportError {
  override name = 'PptxLayoutError';
}

/** A figure the deck shows has no rendered picture. */
export class PptxFigureError extends ExportError {
  override name = 'PptxFigureError';
}

/** A figure could not be drawn (not SVG, no size, the deck's font did not load). */
export class FigureRenderError extends ExportError {
  override name = 'FigureRenderError';
}

/** meta.lang is not a tag PowerPoint can use. */
export class PptxLanguageError extends ExportError {
  override name = 'PptxLanguageError';
}

/** Ctrl-C or SIGTERM during the export: nothing was written. */
export class PptxInterruptedError extends ExportError {
  override name = 'PptxInterruptedError';
  constructor() {
    super('Interrupted; nothing was written.');
  }
}
