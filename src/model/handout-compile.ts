// compileHandout(): slides/handout.ts resolved against one compiled edition. Every piece of
// text is a compiled block of a slide of that edition (its words, terms and citations as the
// slides have them); citations are renumbered to the handout's own short source list. Pure.
// The spec must have passed handoutProblems() (src/model/handout-spec.ts).

import { readingViewQr } from './compile.ts';
import type { CompiledBlock, CompiledDeck, CompiledQr, CompiledSlide, ContactDetails, ListedTerm, NumberedSource, Run, Runs } from './compiled.ts';
import { EVIDENCE_KINDS, type EvidenceKind } from './evidence.ts';
import { handoutSections, handoutWords, parseRef, type BlockKey, type BlockRef, type HandoutSectionId, type HandoutSpec } from './handout-spec.ts';
import { langOf } from './locales.ts';
import type { AnyDeck, DeckMeta } from './types.ts';
import { UI } from './ui/index.ts';

/** A block of a slide, as the handout prints it. */
export interface HandoutPiece {
  /** `slide-id#block-id` as slides/handout.ts wrote it. */
  readonly ref: string;
  /** Where slides/handout.ts points at it, e.g. `whatToDo[1]`. */
  readonly field: string;
  readonly slide: CompiledSlide;
  readonly block: CompiledBlock;
}

interface SectionBase {
  readonly id: HandoutSectionId;
  readonly title: string;
  /** The evidence behind it: the kinds of the slides it draws on. */
  readonly evidence: readonly EvidenceKind[];
  /** The handout's sources those slides rest on (handout numbers). */
  readonly cited: readonly NumberedSource[];
}

export type HandoutSection = SectionBase &
  (
    | { readonly kind: 'blocks'; readonly pieces: readonly HandoutPiece[] }
    /** A chart, printed as its table with its caption, and beside it the same numbers in words. */
    | { readonly kind: 'table'; readonly piece: HandoutPiece; readonly words: readonly HandoutPiece[] }
    /** A list, printed with tick boxes and lines to write on. */
    | { readonly kind: 'questions'; readonly piece: HandoutPiece }
    | { readonly kind: 'words'; readonly terms: readonly ListedTerm[] }
    /** The clinic's contact lines, or "Ask your care team." and a line for the number (contact null). */
    | { readonly kind: 'help'; readonly contact: ContactDetails | null; readonly lines: readonly string[] }
    /** `study`: the source whose title is printed, labelled as the researchers' own words. */
    | { readonly kind: 'sources'; readonly sources: readonly NumberedSource[]; readonly study: { readonly id: string; readonly label: string; readonly title: string } | null }
    /** The reading view's published address, printed and as a QR code (error correction Q: handouts get photocopied). */
    | { readonly kind: 'address'; readonly text: string; readonly url: string; readonly qr: CompiledQr; readonly scan: string }
  );

export interface CompiledHandout {
  readonly edition: string;
  /** The deck's meta as compiled (author: the clinic and presenter when set). */
  readonly meta: DeckMeta;
  readonly title: string;
  readonly subtitle: string;
  /** Who presented, where and when (the title slide's byline). */
  readonly byline: readonly string[];
  readonly sections: readonly HandoutSection[];
}

/** The PDF's title: the deck's, named as the handout it is, in the deck's language. */
export const handoutTitle = (meta: DeckMeta): string => UI[langOf(meta.lang)].handout.title(meta.title);

function mapRuns(block: CompiledBlock, fn: (run: Run) => Run): CompiledBlock {
  const map = (runs: Runs): Runs => runs.map(fn);
  switch (block.type) {
    case 'paragraph':
      return { ...block, text: map(block.text) };
    case 'list':
      return { ...block, items: block.items.map(map) };
    case 'callout':
      return { ...block, text: map(block.text) };
    case 'figure':
    case 'chart':
      return { ...block, caption: map(block.caption) };
    default:
      return block;
  }
}

export function compileHandout(spec: HandoutSpec, compiled: CompiledDeck, deck: AnyDeck): CompiledHandout {
  const slides = new Map(compiled.slides.map((s) => [s.id, s]));
  const piecesOf = (key: BlockKey): HandoutPiece[] => {
    const value = spec[key] as BlockRef | readonly BlockRef[] | undefined;
    const refs = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    return refs.flatMap((ref, i) => {
      const at = parseRef(ref)!;
      const slide = slides.get(at.slide);
      const block = slide?.body.find((b) => b.id === at.block);
      // A slide left out of this edition leaves its blocks out of this edition's handout.
      return slide && block ? [{ ref, field: typeof value === 'string' ? key : `${key}[${i}]`, slide, block }] : [];
    });
  };
  const pieces = {
    mainMessage: piecesOf('mainMessage'),
    canAndCannot: piecesOf('canAndCannot'),
    studyFound: piecesOf('studyFound'),
    trialNumbers: piecesOf('trialNumbers'),
    trialWords: piecesOf('trialWords'),
    whatToDo: piecesOf('whatToDo'),
    keyPoints: piecesOf('keyPoints'),
    questions: piecesOf('questions'),
    help: piecesOf('help'),
    about: piecesOf('about'),
  };

  // The short source list: the listed sources the edition's drawn-on slides rest on, numbered 1, 2, ...
  const all = Object.values(pieces).flat();
  const drawn = new Set(all.flatMap((p) => p.slide.cited.map((s) => s.id)));
  const sources: NumberedSource[] = spec.sources.filter((id) => drawn.has(id)).map((id, i) => ({ id, number: i + 1, source: deck.sources[id]! }));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const renumber = (run: Run): Run => {
    if (run.kind !== 'cite') return run;
    const n = byId.get(run.source)?.number;
    return { kind: 'cite', source: run.source, ...(n === undefined ? {} : { number: n }) };
  };
  const finish = (list: HandoutPiece[]): HandoutPiece[] => list.map((p) => ({ ...p, block: mapRuns(p.block, renumber) }));

  const basis = (list: readonly HandoutPiece[]): Pick<SectionBase, 'evidence' | 'cited'> => {
    const kinds = new Set(list.flatMap((p) => p.slide.evidence));
    const cited = new Set(list.flatMap((p) => p.slide.cited.map((s) => s.id)));
    return { evidence: EVIDENCE_KINDS.filter((k) => kinds.has(k)), cited: sources.filter((s) => cited.has(s.id)) };
  };
  const titles = handoutSections(compiled.lang);
  const words = handoutWords(compiled.lang);
  const head = (id: HandoutSectionId) => ({ id, title: titles.find((s) => s.id === id)!.title });
  const none = { evidence: [], cited: [] };

  const sections: HandoutSection[] = [];
  const blocks = (id: HandoutSectionId, list: HandoutPiece[]) => {
    if (list.length > 0) sections.push({ ...head(id), ...basis(list), kind: 'blocks', pieces: finish(list) });
  };
  blocks('main-message', pieces.mainMessage);
  blocks('can-and-cannot', pieces.canAndCannot);
  blocks('study-found', pieces.studyFound);
  const [chart] = finish(pieces.trialNumbers);
  if (chart) sections.push({ ...head('trial-numbers'), ...basis([chart, ...pieces.trialWords]), kind: 'table', piece: chart, words: finish(pieces.trialWords) });
  blocks('what-to-do', pieces.whatToDo);
  blocks('key-points', pieces.keyPoints);
  const [questions] = finish(pieces.questions);
  if (questions) sections.push({ ...head('questions'), ...basis([questions]), kind: 'questions', piece: questions });
  sections.push({ ...head('words'), ...none, kind: 'words', terms: spec.words.map((id) => ({ id, entry: deck.glossary[id]! })) });
  const help = pieces.help[0]?.block;
  if (help?.type === 'contact') {
    sections.push({ ...head('help'), ...none, kind: 'help', contact: help.contact, lines: help.contact ? help.lines : [words.askCareTeam] });
  }
  const study = byId.get(spec.study);
  sections.push({ ...head('sources'), ...none, kind: 'sources', sources, study: study ? { id: study.id, label: words.studyTitle, title: study.source.title } : null });
  const url = compiled.local.readingViewUrl;
  const qr = readingViewQr(compiled.local, compiled.lang);
  if (url && qr) sections.push({ ...head('read-online'), ...none, kind: 'address', text: words.readOnline, url, qr, scan: words.scanQr });
  blocks('about', pieces.about);

  return {
    edition: compiled.edition,
    meta: compiled.meta,
    title: compiled.meta.title,
    subtitle: words.subtitle,
    byline: compiled.slides[0]?.byline ?? [],
    sections,
  };
}
