// The shared artefacts of a test run (made by tests/setup/shared-run.ts, asked for with
// tests/support/shared.ts). Add a PDF here when a test needs another export of the shared build.

import type { HandoutExportResult } from '../../src/export/handout-pdf.ts';
import type { ExportResult } from '../../src/export/slides-pdf.ts';

export const SHARED_PDFS = {
  slides: { variant: 'slides', edition: 'full' },
  /** The same export again, for byte-identity. */
  'slides-again': { variant: 'slides', edition: 'full' },
  notes: { variant: 'notes', edition: 'full' },
  steps: { variant: 'steps', edition: 'full' },
  'short-slides': { variant: 'slides', edition: 'short' },
  'short-notes': { variant: 'notes', edition: 'short' },
  'short-steps': { variant: 'steps', edition: 'short' },
  handout: { paper: 'letter', edition: 'full' },
  'handout-again': { paper: 'letter', edition: 'full' },
  'handout-a4': { paper: 'a4', edition: 'full' },
  'handout-short': { paper: 'letter', edition: 'short' },
  'handout-short-a4': { paper: 'a4', edition: 'short' },
  // The Spanish edition, from the shared build's dist/es/ (only what the tests read: each export costs the busy CI machine).
  'es-slides': { variant: 'slides', edition: 'full', lang: 'es' },
  'es-notes': { variant: 'notes', edition: 'full', lang: 'es' },
  'es-handout': { paper: 'letter', edition: 'full', lang: 'es' },
  'es-handout-a4': { paper: 'a4', edition: 'full', lang: 'es' },
} as const;

export type SharedPdfName = keyof typeof SHARED_PDFS;
export type SlidesPdfName = { [K in SharedPdfName]: (typeof SHARED_PDFS)[K] extends { variant: string } ? K : never }[SharedPdfName];
export type HandoutPdfName = Exclude<SharedPdfName, SlidesPdfName>;

export type SharedPdf =
  | {
      readonly kind: 'slides';
      readonly result: ExportResult;
      /** The print view as laid out before printing: its text (innerText) and the slide size the deck configures. */
      readonly printView: { readonly text: string; readonly width: number; readonly height: number };
    }
  | { readonly kind: 'handout'; readonly result: HandoutExportResult };

export interface SharedSingleFile {
  /** out/test-shared/single/deck.html */
  readonly file: string;
  /** out/test-shared/single/read.html */
  readonly readFile: string;
}

/** `npm run pptx -- --out <file>` of the real deck (the full edition), run once: the file and what the command said. */
export interface SharedPptx {
  /** out/.test-run-…/shared/pptx/deck.pptx */
  readonly file: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}
