// dist/deck.json: what every Node tool trusts about a build (the PDF export, the bench, tests).
// Written by the build from the compiled editions; nothing reads the slide modules a second
// time or scrapes facts back out of the built HTML.

import { z } from 'zod';
import { reviewStatement } from './compile.ts';
import type { CompiledDeck, CompiledNotes, ReviewStatus } from './compiled.ts';
import type { SlideKind } from './kinds.ts';
import type { SlideSize } from './slide-size.ts';
import { spokenLength } from './spoken.ts';
import { FULL_EDITION, type DeckMeta } from './types.ts';

export const MANIFEST_FILE = 'deck.json';
export const MANIFEST_FORMAT = 1;

/** The page that presents an edition: index.html for the full deck, `<name>.html` for others. */
export const editionPage = (edition: string): string => (edition === FULL_EDITION ? 'index.html' : `${edition}.html`);

/** An edition's single file, as `npm run build:single` names it in out/: deck.html, deck-short.html, … */
export const singleFilePage = (edition: string): string => (edition === FULL_EDITION ? 'deck.html' : `deck-${edition}.html`);

export interface ManifestSlide {
  readonly id: string;
  readonly kind: SlideKind;
  readonly number: number;
  readonly title: string;
  readonly steps: number;
  readonly hasNotes: boolean;
  /** The speaker notes as the edition uses them (the notes PDF prints these). */
  readonly notes: CompiledNotes;
}

export interface ManifestEdition {
  readonly name: string;
  readonly page: string;
  readonly slides: readonly ManifestSlide[];
  /** Words of speaker notes (say, question and answer) and the minutes at WORDS_PER_MINUTE (src/model/spoken.ts). */
  readonly spokenWords: number;
  readonly spokenMinutes: number;
}

/** The patient handout's page for an edition: handout.html for the full deck, `handout-<name>.html` for others. */
export const handoutPage = (edition: string): string => (edition === FULL_EDITION ? 'handout.html' : `handout-${edition}.html`);

/** An edition's patient handout page, as `npm run pdf -- --handout` prints it. */
export interface ManifestHandout {
  readonly page: string;
  /** The PDF's title. */
  readonly title: string;
  /** Its sections in print order (the PDF's bookmarks). */
  readonly sections: readonly { readonly id: string; readonly title: string }[];
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** The deck's meta as compiled (author: the clinic and presenter when set). */
  readonly meta: DeckMeta;
  readonly slideSize: SlideSize;
  /** SHA-256 over the deck's source files (slides/ and its figures). */
  readonly sourceHash: string;
  /** compileDeck()'s content hash: what a clinical review record covers. */
  readonly contentHash: string;
  readonly review: ReviewStatus;
  /** The review in one sentence (src/model/compile.ts reviewStatement), for the PDFs' metadata. */
  readonly reviewStatement: string;
  /** A translated deck's translation review in one sentence (CompiledTranslation.statement), for its PDFs' metadata. */
  readonly translationStatement?: string;
  /** Every file the build read (project-relative path → SHA-256), to name what changed since. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly editions: Readonly<Record<string, ManifestEdition>>;
  /** Other pages the build wrote (the reading view), by name. */
  readonly pages: Readonly<Record<string, string>>;
  /** The patient handout of each edition (none when the deck has no slides/handout.ts). */
  readonly handouts: Readonly<Record<string, ManifestHandout>>;
}

export function manifestEdition(deck: CompiledDeck): ManifestEdition {
  const spoken = spokenLength(deck.slides);
  return {
    name: deck.edition,
    page: editionPage(deck.edition),
    slides: deck.slides.map((s) => ({ id: s.id, kind: s.kind, number: s.number, title: s.title, steps: s.steps, hasNotes: s.notes.say.length > 0, notes: s.notes })),
    spokenWords: spoken.words,
    spokenMinutes: spoken.minutes,
  };
}

export function buildManifest(
  editions: readonly CompiledDeck[],
  hashes: { readonly sourceHash: string; readonly inputs: Readonly<Record<string, string>> },
  pages: Readonly<Record<string, string>> = {},
  handouts: Readonly<Record<string, ManifestHandout>> = {},
): Manifest {
  const full = editions.find((e) => e.edition === FULL_EDITION) ?? editions[0]!;
  return {
    format: MANIFEST_FORMAT,
    meta: full.meta,
    slideSize: full.size,
    sourceHash: hashes.sourceHash,
    contentHash: full.contentHash,
    review: full.review,
    reviewStatement: reviewStatement(full.review, full.lang),
    ...(full.translation ? { translationStatement: full.translation.statement } : {}),
    inputs: hashes.inputs,
    editions: Object.fromEntries(editions.map((e) => [e.edition, manifestEdition(e)])),
    pages,
    handouts,
  };
}

const notesSchema = z.object({ say: z.array(z.string()), question: z.string(), answer: z.string() });

/** What a reader of deck.json checks before trusting it (a hand-edited or foreign file fails here). */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  meta: z.object({
    title: z.string(),
    lang: z.string(),
    author: z.string(),
    description: z.string(),
    keywords: z.array(z.string()),
    date: z.string(),
  }).loose(),
  slideSize: z.object({ width: z.number(), height: z.number() }),
  sourceHash: z.string(),
  contentHash: z.string(),
  review: z.object({ state: z.enum(['none', 'current', 'changed']) }).loose(),
  reviewStatement: z.string(),
  translationStatement: z.string().optional(),
  inputs: z.record(z.string(), z.string()),
  editions: z.record(
    z.string(),
    z.object({
      name: z.string(),
      page: z.string(),
      slides: z.array(z.object({ id: z.string(), kind: z.string(), number: z.number(), title: z.string(), steps: z.number(), hasNotes: z.boolean(), notes: notesSchema })),
      spokenWords: z.number(),
      spokenMinutes: z.number(),
    }),
  ),
  pages: z.record(z.string(), z.string()),
  handouts: z.record(z.string(), z.object({ page: z.string(), title: z.string(), sections: z.array(z.object({ id: z.string(), title: z.string() })) })).default({}),
});
