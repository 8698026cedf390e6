// The compiled deck: what compileDeck() works out once and every back end reads (the renderer,
// the checker, the reading view, the handout, the manifest the exporter and the bench read).
// Text is already resolved: the word a glossary term shows, whether this use defines it, a
// citation's number and the slide it links to. Nothing here needs the registries again.

import type { EvidenceKind } from './evidence.ts';
import type { Layout, SlideKind } from './kinds.ts';
import type { LocalDetails } from './local.ts';
import type { Lang } from './locales.ts';
import type { TranslationStatus } from './translation.ts';
import type { SlideSize } from './slide-size.ts';
import type { ChartRow, DeckMeta, GlossaryEntry, Source } from './types.ts';

/** A chart row as shown: its numbers, and the fact they come from (rows typed in have none). */
export type CompiledChartRow = ChartRow & { readonly fact?: string };

/** A run of resolved inline text. */
export type Run =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'em'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  /**
   * A glossary term: `text` is the word shown; `marked` is the author's `define: true`;
   * `defines` says this is the use that explains the term in this edition (rendered as <dfn>,
   * linked to the "words to know" slide `home` when this edition has one).
   */
  | { readonly kind: 'term'; readonly term: string; readonly text: string; readonly marked: boolean; readonly defines: boolean; readonly home?: string }
  /** A citation: the source's number in this edition and the sources slide that lists it. */
  | { readonly kind: 'cite'; readonly source: string; readonly number?: number; readonly home?: string }
  /** A fact's number as shown ("38 in 100"): `ref` is `fact-id.key`. */
  | { readonly kind: 'number'; readonly text: string; readonly ref: string };

export type Runs = readonly Run[];

/** A source as this edition lists it. */
export interface NumberedSource {
  readonly id: string;
  /** Its number on this edition's sources slides (undefined: no sources slide lists it). */
  readonly number?: number;
  /** The sources slide that lists it in full. */
  readonly home?: string;
  readonly source: Source;
}

export interface ListedTerm {
  readonly id: string;
  readonly entry: GlossaryEntry;
}

/** A row of the "about this talk" facts (author, dates, review, funding, contact). */
export interface InfoRow {
  readonly label: string;
  readonly value: string;
}

/** Where to call: the clinic's details when set, else null (the block says "your care team"). */
export type ContactDetails = NonNullable<LocalDetails['contact']> & { readonly organization?: string };

interface CompiledBlockBase {
  readonly id?: string;
  readonly step: boolean;
}

export type CompiledBlock = CompiledBlockBase &
  (
    | { readonly type: 'paragraph'; readonly text: Runs }
    | { readonly type: 'list'; readonly style: 'bullet' | 'numbered' | 'checklist'; readonly stepwise: boolean; readonly items: readonly Runs[] }
    | { readonly type: 'figure'; readonly src: string; readonly alt: string; readonly caption: Runs; /** The words drawn in it (each SVG <text>), checked like the slide's text. */ readonly drawn: readonly string[]; /** The file they were read from, as an editor opens it (slides/figures/…, slides/es/figures/…). */ readonly file: string }
    | { readonly type: 'callout'; readonly tone: 'key-point' | 'caveat'; readonly title?: string; readonly text: Runs }
    | {
        readonly type: 'chart';
        readonly alt: string;
        readonly caption: Runs;
        readonly unit: 'per-100' | 'percent';
        readonly series: readonly string[];
        readonly rows: readonly CompiledChartRow[];
        readonly denominator: string;
      }
    | { readonly type: 'references'; readonly sources: readonly NumberedSource[] }
    /** `also`: terms the edition defines that no glossary block lists (the reading view lists them too). */
    | { readonly type: 'glossary'; readonly terms: readonly ListedTerm[]; readonly also?: readonly ListedTerm[] }
    | { readonly type: 'deck-info'; readonly rows: readonly InfoRow[] }
    | { readonly type: 'contact'; readonly contact: ContactDetails | null; readonly lines: readonly string[] }
    /**
     * The link to this slide's place in the reading view: `href` is read.html#<slide id>, or the
     * published address (slides/local.ts `readingViewUrl`) with the same anchor, then shown as `address`.
     */
    | {
        readonly type: 'reading-view';
        readonly text: string;
        readonly href: string;
        readonly address?: string;
        /** The QR code to the published reading view: on one slide of the edition only (QR_SLIDE_KINDS), and only with readingViewUrl set. */
        readonly qr?: CompiledQr;
      }
  );

/**
 * A QR code to the published reading view, as the slides, the handout and the PowerPoint file draw
 * it: the bare address encoded (no #fragment), the sentence beside it and the address shown as text.
 */
export interface CompiledQr {
  /** The address encoded: slides/local.ts readingViewUrl exactly. */
  readonly url: string;
  /** What it opens, printed beside it (src/model/reading-view.ts QR_CAPTION). */
  readonly caption: string;
  /** The address as printed beside it (no https://). */
  readonly address: string;
  /** The code's accessible name / alt text. */
  readonly label: string;
}

export type CompiledBlockType = CompiledBlock['type'];

/** Where a piece of text sits on its slide. */
export type TextRole =
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'paragraph'
  | 'list-item'
  | 'callout-title'
  | 'callout'
  | 'caption'
  | 'alt'
  | 'chart-label'
  /** The contact block's lines: the clinic's own details (slides/local.ts), or "call your care team". */
  | 'contact'
  /** The words of a link the deck adds (the reading view's), not counted as the author's words. */
  | 'link'
  /** Words drawn inside a figure (SVG text): shown on the slide, so checked like its other text. */
  | 'figure-text'
  /** The fixed words of a page around the content (the handout's headings and labels): checked as language, not as claims. */
  | 'frame'
  /** A glossary definition as printed (the glossary is the source of what a word means). */
  | 'definition'
  | 'notes';

/** One piece of a slide's text, in reading order, with the field it came from. */
export interface TextPart {
  /** Field path inside the slide, e.g. `body[2].items[0]` or `notes.say[1]`. */
  readonly field: string;
  readonly role: TextRole;
  readonly runs: Runs;
  /** The facts and approved recommendations this text cites (slides/facts/): its sentences are checked against them. */
  readonly facts: readonly string[];
}

export interface CompiledNotes {
  /** What to say: the slide's `notes.say`, or `notes.short.say` in a short edition. */
  readonly say: readonly string[];
  readonly question: string;
  readonly answer: string;
}

export interface CompiledSlide {
  readonly id: string;
  readonly kind: SlideKind;
  /** Position in this edition, from 1 (what the slide number shows). */
  readonly number: number;
  readonly title: string;
  readonly subtitle?: string;
  /** Who presents, where and when (title slide only, from slides/local.ts). */
  readonly byline: readonly string[];
  readonly evidence: readonly EvidenceKind[];
  readonly layout: Layout;
  readonly body: readonly CompiledBlock[];
  /** The sources the slide rests on (its list plus inline citations), as "Sources: [1] …". */
  readonly cited: readonly NumberedSource[];
  readonly notes: CompiledNotes;
  /** Key presses that reveal something on the slide (reveal.js fragments). */
  readonly steps: number;
  /** Every piece of authored text, in reading order: title, subtitle, body, then notes. */
  readonly parts: readonly TextPart[];
  /** SHA-256 of what the slide says and shows (its content and figures; not its position). */
  readonly hash: string;
}

/** Whether the content is covered by a clinical review. */
export type ReviewStatus =
  | { readonly state: 'none' }
  | { readonly state: 'current'; readonly name: string; readonly role: string; readonly date: string; readonly scope: string; readonly nextDue: string }
  | { readonly state: 'changed'; readonly name: string; readonly role: string; readonly date: string; readonly changedSlides: readonly string[]; readonly otherChanges: readonly string[] };

/** A date the reader is told to rely on that has passed: the facts' next check (meta.reviewDate) or the next clinical review. */
export interface Overdue {
  readonly what: 'facts' | 'review';
  readonly due: string;
}

/** A translated deck's record, as compiled: its review, the sentence it says, and what needs updating. */
export interface CompiledTranslation {
  /** The language it was translated from. */
  readonly of: Lang;
  readonly status: TranslationStatus;
  /** The review in one sentence ("Traducción no revisada todavía por un traductor médico calificado."). */
  readonly statement: string;
  /** English parts changed since they were translated (slides/large-trials.ts, …). */
  readonly stale: readonly string[];
}

export interface CompiledDeck {
  /** `full`, or the name of an edition from slides/index.ts. */
  readonly edition: string;
  /** The deck's language (from meta.lang). */
  readonly lang: Lang;
  /** The deck's meta, with the author as the PDF and page should name it (clinic, presenter). */
  readonly meta: DeckMeta;
  readonly size: SlideSize;
  readonly slides: readonly CompiledSlide[];
  /** Sources this edition cites, in the order of its sources slides. */
  readonly sources: readonly NumberedSource[];
  readonly local: LocalDetails;
  readonly review: ReviewStatus;
  /** Dates past due on `today` (empty when compiled without a clock). */
  readonly overdue: readonly Overdue[];
  /** The day it was compiled for (the loader's clock), when given. */
  readonly today?: string;
  /** SHA-256 of the whole deck's content (all slides, registries, meta, editions); the review record keeps it. */
  readonly contentHash: string;
  /** Set on a translated deck (slides/es/index.ts). */
  readonly translation?: CompiledTranslation;
}
