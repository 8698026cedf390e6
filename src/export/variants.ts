// The three PDFs the export makes. Each is reveal.js's print view with a few query parameters
// (they override src/present/config.ts), plus what the export adds on top (notes pages).

export type VariantName = 'slides' | 'notes' | 'steps';

export interface Variant {
  readonly name: VariantName;
  /** Default output of the full edition, relative to the project root (see defaultOut). */
  readonly defaultOut: string;
  /** Query string for the print view. */
  readonly query: string;
  /** Add a speaker-notes page (or more, for long notes) after each slide. */
  readonly notesPages: boolean;
}

// margin=0: the PDF page is exactly the slide (SLIDE_SIZE px at 0.75 pt per px, src/model/slide-size.ts). With the presenting
// margin of 0.04 reveal would print a 1331×748 page with a white band around every slide.
// showNotes=false: reveal's own notes (inline or separate-page) are not used; see page/notes-pages.ts.
const BASE = '?view=print&margin=0&showNotes=false';

export const VARIANTS: Readonly<Record<VariantName, Variant>> = {
  slides: { name: 'slides', defaultOut: 'out/deck.pdf', query: `${BASE}&pdfSeparateFragments=false`, notesPages: false },
  notes: { name: 'notes', defaultOut: 'out/deck-notes.pdf', query: `${BASE}&pdfSeparateFragments=false`, notesPages: true },
  steps: { name: 'steps', defaultOut: 'out/deck-steps.pdf', query: `${BASE}&pdfSeparateFragments=true`, notesPages: false },
};

/** Where a variant of an edition goes by default: out/deck.pdf, out/deck-short-notes.pdf, … */
export function defaultOut(variant: Variant, edition: string): string {
  return edition === 'full' ? variant.defaultOut : variant.defaultOut.replace(/^out\/deck/, `out/deck-${edition}`);
}

/** The patient handout (`--handout`): out/handout.pdf, out/handout-short.pdf, … (either paper). */
const HANDOUT_OUT = 'out/handout.pdf';

export function handoutOut(edition: string): string {
  return edition === 'full' ? HANDOUT_OUT : HANDOUT_OUT.replace(/^out\/handout/, `out/handout-${edition}`);
}

/** The handout's paper sizes as Chromium takes them (A4 by millimetres: its "A4" format is 8.27 × 11.7 in, 1 pt too tall). */
export const PAPERS = {
  letter: { size: { width: '8.5in', height: '11in' }, name: 'US Letter' },
  a4: { size: { width: '210mm', height: '297mm' }, name: 'A4' },
} as const;

export type Paper = keyof typeof PAPERS;

/** Time allowed, by default, for every slide (or the handout page) to be ready to print. */
export const DEFAULT_TIMEOUT_MS = 30_000;
