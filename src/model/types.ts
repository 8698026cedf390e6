// The content model of a patient-education deck.
//
// Every type is generic over `Ids`: the set of source ids and glossary term ids that exist.
// `slides/define.ts` binds `Ids` to the keys of the real registries, so a typo in a citation
// or a glossary term is a compile error. Test fixtures bind their own small registries.

import type { EvidenceKind } from './evidence.ts';
import type { AdviceRegistry, FactRegistry } from './facts.ts';
import type { Layout, SlideKind, SourceType } from './kinds.ts';
import type { TranslationSource } from './translation.ts';

export type { Layout, SlideKind, SourceType } from './kinds.ts';

/** The names that content may refer to. */
export interface Ids {
  readonly source: string;
  readonly term: string;
  /** Facts (slides/facts/) and approved recommendations a text may cite. */
  readonly claim: string;
  /** `fact-id.key`: a number of a fact, shown by `{ num }`. */
  readonly num: string;
  /** A chart row bound to a fact (the fact and which of its numbers, in series order). */
  readonly row: FactChartRow;
}

/**
 * Ids for a deck that cites no facts (test decks): only sources and terms are named.
 * `FactlessIds<'a' | 'b', 'tmem'>`.
 */
export type FactlessIds<S extends string, T extends string> = { readonly source: S; readonly term: T; readonly claim: never; readonly num: never; readonly row: never };

/** A chart row whose values come from a fact's numbers (the registry types `fact` and `values`). */
export interface FactChartRow {
  readonly label: string;
  readonly fact: string;
  readonly values: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Inline text

/** A run of text inside a paragraph, list item, caption or callout. */
export type Inline<I extends Ids> =
  | string
  | { readonly em: string }
  | { readonly strong: string }
  /**
   * A glossary term. `text` is the word as it appears in the sentence (default: the glossary
   * entry's `term`). Set `define: true` on the one use whose sentence explains the term in plain
   * words; it renders as `<dfn>` linked to the glossary slide, and the checker requires it to be
   * the first use of the term in reading order.
   */
  | { readonly term: I['term']; readonly text?: string; readonly define?: boolean }
  /** A citation marker; renders as the source's number on the sources slide. */
  | { readonly cite: I['source'] }
  /**
   * A number of a fact, shown the way the fact shows it ("38 in 100", "4,756"): the text cites
   * that fact, and the number cannot differ from the chart, the notes or the handout.
   */
  | { readonly num: I['num'] };

/** Either plain text or a sequence of inline runs. */
export type Text<I extends Ids> = string | readonly Inline<I>[];

/**
 * A text and the facts it rests on: `{ text, facts: ['trials-spread'] }`. Every sentence in it
 * is checked against those facts (its numbers, who it is about, causal wording, advice). A plain
 * text cites nothing: fine for framing ("Please ask questions"), an error for a factual sentence.
 */
export type Cited<I extends Ids> = Text<I> | { readonly text: Text<I>; readonly facts: readonly I['claim'][] };

// ---------------------------------------------------------------------------------------------
// Body blocks

interface BlockBase<I extends Ids = Ids> {
  /**
   * The facts (and approved recommendations) the block rests on: every sentence of the block is
   * checked against them. List items may add their own (`{ text, facts }`).
   */
  readonly facts?: readonly I['claim'][];
  /**
   * Optional name for the block (lowercase words joined by hyphens, unique on its slide), so
   * other modules can point at it: the patient handout (slides/handout.ts) picks blocks by
   * `slide-id#block-id`.
   */
  readonly id?: string;
  /** Show the whole block as one reveal.js fragment (it appears on the next key press). */
  readonly step?: boolean;
}

export interface ParagraphBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'paragraph';
  readonly text: Text<I>;
}

export interface ListBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'list';
  /** bullet (default), numbered steps, or a checklist to take along. */
  readonly style?: 'bullet' | 'numbered' | 'checklist';
  /** Items appear one at a time (each item is a reveal.js fragment). */
  readonly stepwise?: boolean;
  readonly items: readonly Cited<I>[];
}

export interface FigureBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'figure';
  /** File name in `slides/figures/` (SVG is inlined so it uses the deck's fonts and colours). */
  readonly src: string;
  /** What the figure shows, for people who cannot see it. Do not start with "image of". */
  readonly alt: Text<I>;
  /** Visible caption under the figure. */
  readonly caption: Text<I>;
}

export interface CalloutBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'callout';
  /** `key-point`: the main message. `caveat`: a limit of the evidence. */
  readonly tone: 'key-point' | 'caveat';
  readonly title?: string;
  readonly text: Text<I>;
}

/** A chart row with its numbers typed in (test decks); the real deck's rows come from facts. */
export interface ChartRow {
  /** What was measured, in plain words. */
  readonly label: string;
  /** One value per series, in the chart's unit, exactly as the source gives it. */
  readonly values: readonly number[];
}

/** A horizontal bar chart whose numbers are also shown as a table. */
export interface ChartBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'chart';
  /** Short summary of what the chart shows (the point, not the shape); `{ num }` shows its numbers. */
  readonly alt: Text<I>;
  readonly caption: Text<I>;
  /**
   * `per-100`: values are percentages shown as "N in 100" (natural frequencies, no decimals).
   * `percent`: values are shown as "N%".
   */
  readonly unit: 'per-100' | 'percent';
  /** Names of the groups compared, one per value in each row (at most 3). */
  readonly series: readonly string[];
  /** One row per measure: from a fact (`{ label, fact, values: ['chemoFirst', 'surgeryFirst'] }`), or typed in. */
  readonly rows: readonly (ChartRow | I['row'])[];
  /** Who the numbers are about, e.g. "4,756 women in 10 trials". Shown under the table. */
  readonly denominator: Text<I>;
}

/** The full references for the listed sources (on a sources slide). */
export interface ReferencesBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'references';
  readonly ids: readonly I['source'][];
}

/** Terms and their definitions from the glossary registry (on a "words to know" slide). */
export interface GlossaryBlock<I extends Ids> extends BlockBase<I> {
  readonly type: 'glossary';
  readonly ids: readonly I['term'][];
}

/** The deck's own date, review date, authorship, funding and contact (from `meta`). */
export interface DeckInfoBlock extends BlockBase {
  readonly type: 'deck-info';
}

/**
 * "Who to call": the clinic's phone, hours and website from slides/local.ts when they are set;
 * otherwise a plain "call your care team" line with a phone icon (and, on the handout, a blank
 * line to write the number on).
 */
export interface ContactBlock extends BlockBase {
  readonly type: 'contact';
}

/**
 * A link to the reading view (read.html: the whole talk as one page, for a phone or for reading
 * at home), at this slide's place in it. The deck sets its words (src/model/reading-view.ts); it
 * shows in the slide's header. With `readingViewUrl` in slides/local.ts it also shows that address.
 */
export interface ReadingViewBlock extends BlockBase {
  readonly type: 'reading-view';
}

export type Block<I extends Ids> =
  | ParagraphBlock<I>
  | ListBlock<I>
  | FigureBlock<I>
  | CalloutBlock<I>
  | ChartBlock<I>
  | ReferencesBlock<I>
  | GlossaryBlock<I>
  | DeckInfoBlock
  | ContactBlock
  | ReadingViewBlock;

export type BlockType = Block<Ids>['type'];

// ---------------------------------------------------------------------------------------------
// Slides

/** Speaker notes: a script the presenter can read aloud, plus the question people often ask. */
export interface Notes<I extends Ids = Ids> {
  /** What to say, one paragraph per entry, in plain spoken language (each citing its facts). */
  readonly say: readonly Cited<I>[];
  /** A question the audience is likely to ask here. */
  readonly question: string;
  /** An honest, plain answer to that question. */
  readonly answer: Cited<I>;
  /**
   * A shorter script for short editions (slides/index.ts `editions`), where the full `say`
   * would not fit the time. The question and answer stay the same.
   */
  readonly short?: { readonly say: readonly Cited<I>[] };
}

interface SlideBase<I extends Ids> {
  /** Stable id: lowercase words joined by hyphens. Used in the URL (#/id) and PDF bookmarks. */
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Facts the title and subtitle rest on, when not simply everything the body cites (e.g. the study's date). */
  readonly facts?: readonly I['claim'][];
  /** The kind(s) of evidence behind the slide's claims, each shown as a badge. */
  readonly evidence?: EvidenceKind | readonly EvidenceKind[];
  /** Sources for the claims on this slide (inline citations are added automatically). */
  readonly sources: readonly I['source'][];
  /** `split`: text on the left, the figure or chart on the right. */
  readonly layout?: Layout;
  readonly body: readonly Block<I>[];
  readonly notes: Notes<I>;
}

export interface TitleSlide<I extends Ids> extends SlideBase<I> {
  readonly kind: 'title';
  /**
   * No evidence badge on the title slide: under "what a 2017 study found" a badge reads as if
   * it described that study.
   */
  readonly evidence?: never;
}

export interface CaveatsSlide<I extends Ids> extends SlideBase<I> {
  readonly kind: 'caveats';
}

export interface BodySlide<I extends Ids> extends SlideBase<I> {
  readonly kind: Exclude<SlideKind, 'title' | 'caveats'>;
}

export type Slide<I extends Ids> = TitleSlide<I> | CaveatsSlide<I> | BodySlide<I>;

/**
 * The ordered deck. Its type puts the title slide first and the caveats slide second:
 * a deck that leaves out the caveats, or moves them later, does not compile.
 */
export type SlideOrder<I extends Ids> = readonly [TitleSlide<I>, CaveatsSlide<I>, ...BodySlide<I>[]];

// ---------------------------------------------------------------------------------------------
// Registries

export interface Source {
  /** Short label shown on slides, e.g. "Karagiannis 2017". */
  readonly short: string;
  readonly authors: string;
  readonly title: string;
  /** Journal, publisher or website. */
  readonly publisher: string;
  /** Year of publication; 'n.d.' only when no date could be verified (shown as "no date"). */
  readonly year: number | 'n.d.';
  readonly doi?: string;
  readonly url?: string;
  readonly type: SourceType;
  /** The kind(s) of evidence this source gives (the 2017 paper: a mouse study and a human tissue study). */
  readonly evidence: EvidenceKind | readonly EvidenceKind[];
  /**
   * The language the source is written in (BCP 47; default "en"). A deck in another language
   * shows its publisher with this `lang` and says "(en inglés)".
   */
  readonly lang?: string;
  /**
   * The language of the publisher line when a translation words it in its own language (the deck's
   * description of where the source appeared: "comunicado de prensa", a date written out in
   * Spanish); default: the source's own `lang`.
   */
  readonly publisherLang?: string;
}

export interface GlossaryEntry {
  /** The term as it appears on slides, e.g. "TMEM doorway". */
  readonly term: string;
  /** A plain definition (one or two short sentences). */
  readonly definition: string;
  /** For an acronym: what the letters stand for. */
  readonly expansion?: string;
  /** Other spellings the checker should recognise as this term in plain text. */
  readonly forms?: readonly string[];
  /**
   * A term defined where it is used (define: true) but left off the "words to know" slide on
   * purpose, and why (the reading view still lists it). Without this, a defined term missing
   * from that slide is warned about (rule term-listed): the warning stays for accidents.
   */
  readonly leftOffWordsToKnow?: { readonly reason: string };
}

export type SourceRegistry<S extends string> = { readonly [K in S]: Source };
export type Glossary<T extends string> = { readonly [K in T]: GlossaryEntry };

export interface DeckMeta {
  readonly title: string;
  readonly subtitle?: string;
  /** BCP 47 language tag for `<html lang>` and the PDF. */
  readonly lang: string;
  /** Who wrote the deck (shown on the about slide and in PDF metadata). */
  readonly author: string;
  /** One sentence for PDF metadata and the page description. */
  readonly description: string;
  readonly keywords: readonly string[];
  /** ISO date (YYYY-MM-DD) the content was last checked. Also the PDF's dates. */
  readonly date: string;
  /** ISO date by which the content must be reviewed again. */
  readonly reviewDate: string;
  readonly version: string;
  readonly funding: string;
  readonly conflicts: string;
  /** How to report an error. */
  readonly contact: string;
}

/**
 * An edition other than the full deck: slide ids in the order shown. Like `SlideOrder`, it
 * starts with the title slide and then the caveats slide (slides/index.ts types this with the
 * real ids; validation checks it again at run time).
 */
export type EditionOrder = readonly [string, string, ...string[]];

/** The full deck is always there, under this name; other editions are listed in `editions`. */
export const FULL_EDITION = 'full';

export interface Deck<I extends Ids> {
  readonly meta: DeckMeta;
  readonly sources: SourceRegistry<I['source']>;
  readonly glossary: Glossary<I['term']>;
  /** Every fact the deck may state (slides/facts/); absent in test decks that state none. */
  readonly facts?: FactRegistry;
  /** The only advice the deck may give (slides/facts/advice.ts). */
  readonly advice?: AdviceRegistry;
  /** Names with a number in them that stand for a fact ("2017 study" → its publication). */
  readonly named?: { readonly [name: string]: string };
  /** Every slide, in the order of the full edition. */
  readonly slides: SlideOrder<I>;
  /** Shorter editions by name (e.g. `short`), as lists of slide ids from `slides`. */
  readonly editions?: { readonly [name: string]: EditionOrder };
  /**
   * A translated deck (slides/es/index.ts): the language it was translated from and the hash of
   * each English part it was translated from, so an English edit shows as "needs update".
   */
  readonly translation?: TranslationSource;
}

/** A deck whose ids are not known at compile time (what validation and rendering accept). */
export type AnyDeck = Deck<Ids>;
export type AnySlide = Slide<Ids>;
export type AnyBlock = Block<Ids>;
export type AnyInline = Inline<Ids>;
export type AnyText = Text<Ids>;
export type AnyCited = Cited<Ids>;
