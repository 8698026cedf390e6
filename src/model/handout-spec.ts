// The patient handout's content: a typed module (slides/handout.ts) that points at blocks of
// existing slides (`slide-id#block-id`), glossary terms and sources by id. It holds no text of
// its own, so the handout can never say what the slides do not; the section headings are the
// handout's fixed frame (below), checked by `npm run check` with the rest of its text.
//
// Typed against the real deck in slides/define.ts (a slide id that does not exist does not
// compile); checked again here at build and check time, with located messages, for what types
// cannot say: that the block exists on that slide, fits its section, and is in every edition.

import { z } from 'zod';
import type { CompiledBlockType } from './compiled.ts';
import type { DeckProblem } from './errors.ts';
import { citedSources, editionNames, editionSlides } from './listing.ts';
import { runs, slideTextParts } from './text.ts';
import type { Lang } from './locales.ts';
import type { AnyDeck, AnySlide } from './types.ts';
import { UI } from './ui/index.ts';

export const HANDOUT_FILE = 'slides/handout.ts';

/** A block of a slide: `large-trials#trials-chart`. */
export type BlockRef<SlideId extends string = string> = `${SlideId}#${string}`;

/** slides/handout.ts: what goes into the handout, section by section (the order is fixed). */
export interface HandoutSpec<SlideId extends string = string, TermId extends string = string, SourceId extends string = string> {
  /** The main message (paragraphs, lists or callouts). */
  readonly mainMessage: readonly BlockRef<SlideId>[];
  /** What the study can and cannot tell you. */
  readonly canAndCannot: readonly BlockRef<SlideId>[];
  /** What the study found (in mice; in the women's leftover tumor) and what that means for buying or asking. */
  readonly studyFound: readonly BlockRef<SlideId>[];
  /** The key trial numbers: a chart, printed as its table. */
  readonly trialNumbers: BlockRef<SlideId>;
  /** The same numbers in words, printed beside the table (the trade-off, the trials' age). */
  readonly trialWords: readonly BlockRef<SlideId>[];
  /** What to do now, and why (paragraphs, lists, callouts, and a figure of the steps). */
  readonly whatToDo: readonly BlockRef<SlideId>[];
  /** The key points, to sum up. */
  readonly keyPoints: readonly BlockRef<SlideId>[];
  /** Questions to ask: a list, printed with tick boxes and lines to write on. */
  readonly questions: BlockRef<SlideId>;
  /** Words to know: glossary terms, printed with their definitions. */
  readonly words: readonly TermId[];
  /** Where to get help: a contact block (the clinic's details, or "Ask your care team" and a line to write the number on). */
  readonly help: BlockRef<SlideId>;
  /** A short source list: sources of the slides the handout draws on. */
  readonly sources: readonly SourceId[];
  /** The study the talk explains: one of `sources`, printed with its title, labelled as the researchers' own words. */
  readonly study: SourceId;
  /** Small print at the end: what the handout is, who made it, when the facts were checked. */
  readonly about?: readonly BlockRef<SlideId>[];
}

export type HandoutKey = keyof HandoutSpec;

/** The handout's sections in print order: each one's spec key and id (what it is called, in each language, is in src/model/ui/). */
const SECTION_KEYS = [
  { key: 'mainMessage', id: 'main-message' },
  { key: 'canAndCannot', id: 'can-and-cannot' },
  { key: 'studyFound', id: 'study-found' },
  { key: 'trialNumbers', id: 'trial-numbers' },
  { key: 'whatToDo', id: 'what-to-do' },
  { key: 'keyPoints', id: 'key-points' },
  { key: 'questions', id: 'questions' },
  { key: 'words', id: 'words' },
  { key: 'help', id: 'help' },
  { key: 'sources', id: 'sources' },
  { key: 'readingView', id: 'read-online' },
  { key: 'about', id: 'about' },
] as const satisfies readonly { key: Exclude<HandoutKey, 'trialWords' | 'study'> | 'readingView'; id: string }[];

export type HandoutSectionId = (typeof SECTION_KEYS)[number]['id'];

/** What each section is called on paper and in the PDF's bookmarks, in print order, in a language (default English). */
export const handoutSections = (lang: Lang = 'en') => SECTION_KEYS.map((s) => ({ ...s, title: UI[lang].handout.sections[s.id] }));

/** The English sections (key, id, title), in print order. */
export const HANDOUT_SECTIONS = handoutSections('en');

/** The handout's own fixed words (not claims: the frame the slides' words are set in), in a language. */
export const handoutWords = (lang: Lang = 'en') => UI[lang].handout;

/** The English ones. */
export const HANDOUT_WORDS = handoutWords('en');

/** The fields that point at blocks of slides. */
export type BlockKey = Exclude<HandoutKey, 'words' | 'sources' | 'study'>;

/** The block types each section takes. */
const ACCEPTS: { readonly [K in BlockKey]: readonly CompiledBlockType[] } = {
  mainMessage: ['paragraph', 'list', 'callout'],
  canAndCannot: ['paragraph', 'list', 'callout'],
  studyFound: ['paragraph', 'list', 'callout'],
  trialNumbers: ['chart'],
  trialWords: ['paragraph', 'list', 'callout'],
  whatToDo: ['paragraph', 'list', 'callout', 'figure'],
  keyPoints: ['paragraph', 'list', 'callout'],
  questions: ['list'],
  help: ['contact'],
  about: ['paragraph', 'callout', 'deck-info'],
};

/** Sections every edition's handout must have something in. */
const REQUIRED: readonly BlockKey[] = ['mainMessage', 'canAndCannot', 'studyFound', 'trialNumbers', 'trialWords', 'whatToDo', 'keyPoints', 'questions', 'help'];

const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const ref = z.string({ error: (i) => (i.input === undefined ? 'is missing' : 'must be "slide-id#block-id"') });
const refs = z.array(ref, { error: (i) => (i.input === undefined ? 'is missing' : 'must be a list of "slide-id#block-id"') });
const ids = (what: string) => z.array(z.string(), { error: (i) => (i.input === undefined ? 'is missing' : `must be a list of ${what} ids`) });

const specSchema = z.strictObject(
  {
    mainMessage: refs.min(1, 'is empty'),
    canAndCannot: refs.min(1, 'is empty'),
    studyFound: refs.min(1, 'is empty'),
    trialNumbers: ref,
    trialWords: refs.min(1, 'is empty'),
    whatToDo: refs.min(1, 'is empty'),
    keyPoints: refs.min(1, 'is empty'),
    questions: ref,
    words: ids('glossary term').min(1, 'is empty'),
    help: ref,
    sources: ids('source').min(1, 'is empty'),
    study: z.string({ error: (i) => (i.input === undefined ? 'is missing' : 'must be a source id') }),
    about: refs.optional(),
  },
  {
    error: (i) =>
      i.input === undefined || i.input === null
        ? 'is missing'
        : 'must be { mainMessage, canAndCannot, studyFound, trialNumbers, trialWords, whatToDo, keyPoints, questions, words, help, sources, study, about? }',
  },
);

/** What to do, by field. */
const FIXES: { readonly [K in HandoutKey]: string } = {
  mainMessage: 'Point at the main message, e.g. "title#main-message"',
  canAndCannot: 'Point at the caveats, e.g. "before-we-start#caveats"',
  studyFound: 'Point at what the study found, e.g. "mice-more-doorways#mouse-findings"',
  trialNumbers: 'Point at the trials chart, e.g. "large-trials#trials-chart"',
  trialWords: 'Point at the trial numbers in words, e.g. "what-the-trials-mean#trial-limits"',
  whatToDo: 'Point at what to do and why, e.g. "what-this-means-for-you#action-list"',
  keyPoints: 'Point at the key points, e.g. "summary#key-points"',
  questions: 'Point at the questions list, e.g. "questions-to-ask#questions-checklist"',
  words: 'Use term ids from slides/glossary.ts',
  help: 'Point at a contact block, e.g. "summary#contact"',
  sources: 'Use source ids from slides/sources.ts that the slides the handout draws on cite',
  study: 'Use the id of the study the talk explains, listed in sources, e.g. "karagiannis2017"',
  about: 'Point at small print, e.g. "about-this-deck#not-advice"',
};

/** The fields that point at blocks, in print order. */
export const BLOCK_KEYS = ['mainMessage', 'canAndCannot', 'studyFound', 'trialNumbers', 'trialWords', 'whatToDo', 'keyPoints', 'questions', 'help', 'about'] as const satisfies readonly BlockKey[];

/** The references a spec makes, each with the field that makes it (`whatToDo[1]`). */
export function handoutRefs(spec: HandoutSpec): { key: BlockKey; field: string; ref: string }[] {
  const out: { key: BlockKey; field: string; ref: string }[] = [];
  for (const key of BLOCK_KEYS) {
    const value = spec[key];
    if (value === undefined) continue;
    if (typeof value === 'string') out.push({ key, field: key, ref: value });
    else value.forEach((r, i) => out.push({ key, field: `${key}[${i}]`, ref: r }));
  }
  return out;
}

export const parseRef = (r: string): { slide: string; block: string } | null => {
  const m = REF.exec(r);
  return m ? { slide: m[1]!, block: m[2]! } : null;
};

/** Sources a block cites inline. */
function inlineCites(slide: AnySlide, blockIndex: number): string[] {
  const prefix = `body[${blockIndex}]`;
  return slideTextParts(slide)
    .filter((p) => p.field === prefix || p.field.startsWith(`${prefix}.`))
    .flatMap((p) => runs(p.text).flatMap((r) => (typeof r !== 'string' && 'cite' in r ? [r.cite] : [])));
}

/**
 * Everything that stops the handout from being made, located in slides/handout.ts. Empty: every
 * edition's handout can be compiled (see handout-compile.ts).
 */
export function handoutProblems(input: unknown, deck: AnyDeck): DeckProblem[] {
  const where = HANDOUT_FILE;
  const parsed = specSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = issue.path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('') || '(default export)';
      const key = issue.path.find((k): k is HandoutKey => typeof k === 'string' && k in FIXES);
      return { where, field, message: issue.message, fix: key ? FIXES[key] : 'Export the handout with `export default defineHandout({ ... })` (see slides/handout.ts)' };
    });
  }
  const spec = parsed.data as HandoutSpec;
  const problems: DeckProblem[] = [];
  const add = (field: string, message: string, fix: string) => problems.push({ where, field, message, fix });
  const slides = new Map<string, AnySlide>(deck.slides.map((s) => [s.id, s]));
  const used = new Map<string, string>();
  const drawnOn = new Set<string>();
  const citedInline = new Map<string, string>();

  for (const { key, field, ref: r } of handoutRefs(spec)) {
    const at = parseRef(r);
    if (!at) {
      add(field, `"${r}" is not "slide-id#block-id"`, `${FIXES[key]}: the slide's id, then #, then the id of one of its blocks`);
      continue;
    }
    const slide = slides.get(at.slide);
    if (!slide) {
      add(field, `"${r}" names the slide "${at.slide}", which is not a slide of the deck`, `${FIXES[key]}: use a slide id from slides/index.ts`);
      continue;
    }
    const index = slide.body.findIndex((b) => b.id === at.block);
    if (index < 0) {
      const named = slide.body.flatMap((b) => (b.id ? [b.id] : []));
      add(field, `"${r}": the slide ${at.slide} has no block "${at.block}" (${named.length ? `its blocks with ids: ${named.join(', ')}` : 'none of its blocks has an id'})`, `Use one of those ids, or give the block an id in slides/${at.slide}.ts`);
      continue;
    }
    const type = slide.body[index]!.type;
    if (!ACCEPTS[key].includes(type)) {
      add(field, `"${r}" is a ${type} block; this section takes ${ACCEPTS[key].join(' or ')} blocks`, FIXES[key]);
      continue;
    }
    if (used.has(r)) add(field, `"${r}" is already in the handout (${used.get(r)})`, 'Use each block once');
    used.set(r, field);
    drawnOn.add(slide.id);
    for (const id of inlineCites(slide, index)) if (!citedInline.has(id)) citedInline.set(id, field);
  }

  const seenTerms = new Set<string>();
  spec.words.forEach((id, i) => {
    if (!(id in deck.glossary)) add(`words[${i}]`, `"${id}" is not in the glossary`, FIXES.words);
    else if (seenTerms.has(id)) add(`words[${i}]`, `"${id}" is listed twice`, 'List each word once');
    seenTerms.add(id);
  });

  const drawnSources = new Set([...drawnOn].flatMap((id) => citedSources(slides.get(id)!, deck.facts)));
  const seenSources = new Set<string>();
  spec.sources.forEach((id, i) => {
    if (!(id in deck.sources)) add(`sources[${i}]`, `"${id}" is not in the source registry`, FIXES.sources);
    else if (!drawnSources.has(id)) add(`sources[${i}]`, `"${id}" is not a source of any slide the handout draws on (${[...drawnOn].join(', ')})`, 'List only sources of those slides: the handout points to the evidence for what it says');
    else if (seenSources.has(id)) add(`sources[${i}]`, `"${id}" is listed twice`, 'List each source once');
    seenSources.add(id);
  });
  if (!seenSources.has(spec.study)) add('study', `"${spec.study}" is not in the handout's sources`, FIXES.study);
  for (const [id, field] of citedInline) {
    if (!seenSources.has(id)) add('sources', `${field} cites "${id}" in its text, but the handout's source list leaves it out`, `Add "${id}" to sources`);
  }
  if (problems.length > 0) return problems;

  // Every edition's handout (npm run pdf -- --handout --edition NAME) needs each required section.
  for (const edition of editionNames(deck)) {
    const inEdition = new Set(editionSlides(deck, edition).map((s) => s.id));
    for (const key of REQUIRED) {
      const value = spec[key] as string | readonly string[];
      const list = typeof value === 'string' ? [value] : value;
      if (list.some((r) => inEdition.has(parseRef(r)!.slide))) continue;
      const missing = [...new Set(list.map((r) => parseRef(r)!.slide))];
      add(key, `the ${edition} edition has none of its slides (${missing.join(', ')}), so its handout would have no "${sectionTitle(key)}" section`, `Also point at a block of a slide in the ${edition} edition, or add the slide to that edition in slides/index.ts`);
    }
  }
  return problems;
}

const sectionTitle = (key: BlockKey): string => HANDOUT_SECTIONS.find((s) => s.key === (key === 'trialWords' ? 'trialNumbers' : key))!.title;
