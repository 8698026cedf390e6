// The deck as the checker reads it: every slide's text as sentences, in reading order, each
// with the field it came from and which area of the slide it belongs to. Built once per run;
// every rule reads from it, so "body text", "a sentence" and "the readability corpus" mean the
// same thing everywhere.

import type { CompiledDeck, CompiledSlide, TextRole } from '../model/compiled.ts';
import { compileDeck } from '../model/compile.ts';
import { foldAccents } from '../model/fold.ts';
import type { Lang } from '../model/locales.ts';
import { runsText } from '../model/runs.ts';
import type { AnyDeck, SlideKind } from '../model/types.ts';
import { maskQuotations, maskQuotationsEs } from './phrases.ts';
import { READABILITY } from './readability/languages.ts';

/**
 * heading: the slide title. body: what the audience reads as text on the slide (subtitle,
 * paragraphs, list items, callout title and text, captions). alt: figure and chart alt text.
 * chart: chart series, row labels and denominator (shown as a table). notes: speaker notes.
 */
export type Area = 'heading' | 'body' | 'alt' | 'chart' | 'notes';

const AREA_OF: { readonly [R in TextRole]: Area } = {
  title: 'heading',
  subtitle: 'body',
  byline: 'body',
  paragraph: 'body',
  'list-item': 'body',
  'callout-title': 'body',
  callout: 'body',
  caption: 'body',
  alt: 'alt',
  'chart-label': 'chart',
  contact: 'body',
  link: 'body',
  'figure-text': 'chart',
  frame: 'heading',
  definition: 'body',
  notes: 'notes',
};

/** Reference slides: their body is not prose, so it stays out of the readability corpus. */
export const CORPUS_EXCLUDED_KINDS: ReadonlySet<SlideKind> = new Set(['glossary', 'sources', 'about']);

/** A figure label that is only a step number, and one that starts with one. */
const FIGURE_MARKER = /^\s*\(?\d{1,2}[.):]?\s*$/;
const FIGURE_MARKER_BEFORE = /^\s*\(?\d{1,2}[.):]?\s+(?=\p{L})/u;

/** Text a slide shows that its author did not write on it (see bodyWords). */
const NOT_AUTHORED: ReadonlySet<TextRole> = new Set(['contact', 'byline', 'link']);

export interface Sentence {
  /** As the audience reads it: terms spelled out, citations dropped, ’ read as '. */
  readonly text: string;
  /**
   * The same with quotations blanked out (see maskQuotations); in a Spanish deck also NFC with its
   * accents folded ("provocó" → "provoco": src/model/fold.ts), the same length as `text`, so the
   * claim words match with or without accents. Messages quote `text`.
   */
  readonly unquoted: string;
  /** Field path inside the slide, e.g. `notes.say[1]`. */
  readonly field: string;
  readonly role: TextRole;
  readonly area: Area;
  /** Ends in . ? or ! — a list item or caption without one is still counted as one sentence. */
  readonly complete: boolean;
  readonly words: readonly string[];
  /**
   * The facts and recommendations the sentence cites: those of its text (block, item or notes
   * paragraph), plus any fact a name in it stands for ("the 2017 study", deck.named).
   */
  readonly facts: readonly string[];
  /** Glossary terms its text defines (`define: true`): that sentence rests on the glossary. */
  readonly defines: readonly string[];
}

export interface SlideReading {
  /** The slide as compiled for the edition being checked. */
  readonly slide: CompiledSlide;
  /** Position in the deck, from 0. */
  readonly index: number;
  /** Every sentence on the slide (all areas), in reading order. */
  readonly sentences: readonly Sentence[];
  /** Complete sentences of body text (unless a reference slide) and notes: the readability corpus. */
  readonly corpus: readonly Sentence[];
  /** Words of body text (the density limit). */
  readonly bodyWords: number;
  /** List items on the slide (the bullet limit). */
  readonly bullets: number;
  /** Source ids the slide rests on (its list plus inline citations). */
  readonly cited: readonly string[];
}

export interface DeckReading {
  /** The deck as written (registries, meta, every slide). */
  readonly deck: AnyDeck;
  /** The edition being checked, compiled. */
  readonly compiled: CompiledDeck;
  readonly slides: readonly SlideReading[];
  /** The deck's readability corpus, in reading order. */
  readonly corpus: readonly Sentence[];
  /** For a translated deck: the English deck it was translated from (the translation-* rules read both). */
  readonly source?: AnyDeck;
}

/** Facts named in a sentence ("the 2017 study" stands for its publication). */
function namedIn(text: string, named: Readonly<Record<string, string>>): string[] {
  const lower = foldAccents(text).toLowerCase();
  return Object.entries(named).flatMap(([name, fact]) => (lower.includes(foldAccents(name).toLowerCase()) ? [fact] : []));
}

function readSlide(slide: CompiledSlide, index: number, named: Readonly<Record<string, string>> = {}, lang: Lang = 'en'): SlideReading {
  const sentences: Sentence[] = [];
  const { sentenceSpans, isCompleteSentence, words } = READABILITY[lang];
  for (const part of slide.parts) {
    // Spanish quotes with ‘…’, so ’ is read as an apostrophe only in English.
    let text = lang === 'en' ? runsText(part.runs).replace(/[’‘]/g, "'") : runsText(part.runs).normalize('NFC');
    if (part.role === 'figure-text') {
      // A drawing's step markers ("1", "2 Immune cell") number its parts; they are not quantities.
      if (FIGURE_MARKER.test(text)) continue;
      text = text.replace(FIGURE_MARKER_BEFORE, '');
    }
    const masked = lang === 'en' ? maskQuotations(text) : foldAccents(maskQuotationsEs(text));
    const defines = part.runs.flatMap((r) => (r.kind === 'term' && r.marked ? [r.term] : []));
    for (const span of sentenceSpans(text)) {
      const named_ = namedIn(span.text, named);
      sentences.push({
        facts: named_.length === 0 ? part.facts : [...new Set([...part.facts, ...named_])],
        defines,
        text: span.text,
        unquoted: masked.slice(span.start, span.end),
        field: part.field,
        role: part.role,
        area: AREA_OF[part.role],
        complete: isCompleteSentence(span.text),
        words: words(span.text),
      });
    }
  }
  const inCorpus = (s: Sentence) =>
    s.complete && (s.area === 'notes' || (s.area === 'body' && !CORPUS_EXCLUDED_KINDS.has(slide.kind)));
  return {
    slide,
    index,
    sentences,
    corpus: sentences.filter(inCorpus),
    // The contact block and the title slide's byline are the clinic's text, not the author's, and
    // the reading view's link is the deck's: checked like body text, but not counted against the
    // author's word limit (the fit check still sees the space they take).
    bodyWords: sentences.filter((s) => s.area === 'body' && !NOT_AUTHORED.has(s.role)).reduce((n, s) => n + s.words.length, 0),
    bullets: slide.body.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0),
    cited: slide.cited.map((s) => s.id),
  };
}

export function readDeck(deck: AnyDeck, compiled: CompiledDeck, source?: AnyDeck): DeckReading {
  const slides = compiled.slides.map((slide, i) => readSlide(slide, i, deck.named, compiled.lang ?? 'en'));
  return { deck, compiled, slides, corpus: slides.flatMap((s) => s.corpus), ...(source ? { source } : {}) };
}

/** Compiles one edition of a deck (default: the full deck) and reads it. */
export function readEdition(deck: AnyDeck, edition?: string): DeckReading {
  return readDeck(deck, compileDeck({ deck, ...(edition === undefined ? {} : { edition }) }));
}
