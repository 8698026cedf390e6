// compileDeck(): the one front end. A validated deck in (plus the clinic's details and the review
// record), one edition's compiled deck out, with everything the back ends would otherwise work
// out on their own: slide numbers and steps, source numbers and which slide lists each, which use
// of a term defines it and the word it shows, the notes for this edition, the "about" facts, the
// contact block, and content hashes. Pure: no DOM, no Node APIs, no I/O.

import type {
  TextRole,
  CompiledBlock,
  CompiledDeck,
  CompiledSlide,
  CompiledQr,
  ContactDetails,
  InfoRow,
  NumberedSource,
  Overdue,
  ReviewStatus,
  Run,
  Runs,
  TextPart,
} from './compiled.ts';
import { addMonths, longDate } from './dates.ts';
import { parseNumberRef } from './facts.ts';
import { LOCALES, langOf, type Lang } from './locales.ts';
import { showNumber } from './numbers.ts';
import { runsText } from './runs.ts';
import { DeckValidationError } from './errors.ts';
import { evidenceKinds } from './evidence.ts';
import { contentHash } from './hash.ts';
import { citedSources, editionSlides, sourceListing } from './listing.ts';
import { REVIEW_INTERVAL_MONTHS, type LocalDetails, type ReviewRecord } from './local.ts';
import { adviceHashKey, factHashKey } from './review-sheet.ts';
import { QR_SLIDE_KINDS, readingViewHref, shownAddress } from './reading-view.ts';
import { qrLabel } from './reading-view-words.ts';
import { SLIDE_SIZE } from './slide-size.ts';
import { blockTextParts, citedText, headingFacts, runs as inlineRuns, numberFacts, rowFact, slideTextParts, unique } from './text.ts';
import type { TranslationStatus } from './translation.ts';
import { FULL_EDITION, type AnyBlock, type AnyCited, type AnyDeck, type AnySlide, type AnyText } from './types.ts';
import { UI } from './ui/index.ts';

export { langOf } from './locales.ts';

export interface CompileInput {
  /** A deck that passed validateDeck(). */
  readonly deck: AnyDeck;
  /** `full` (default) or an edition named in `deck.editions`. */
  readonly edition?: string;
  /** slides/local.ts (default: nothing set). */
  readonly local?: LocalDetails;
  /** slides/review.ts (default: no review recorded). */
  readonly review?: ReviewRecord | null;
  /** Figure files by name, as text (they are part of what a slide shows, so of its hash). */
  readonly figures?: ReadonlyMap<string, string>;
  /** The words drawn in each SVG figure, by file name (src/load reads them): checked like slide text. */
  readonly figureText?: ReadonlyMap<string, readonly string[]>;
  /**
   * Today (YYYY-MM-DD, the loader's clock): a check or review date before it is past due, and the
   * about slide says so. Without it (tests, fixtures) no date is judged against a clock.
   */
  readonly today?: string;
  /**
   * A translated deck: the clinical review of the English it was translated from (what the
   * clinician read), the review of the translation itself, and the English parts changed since
   * they were translated (src/load/translations.ts works these out).
   */
  readonly translation?: TranslationCompileInput;
}

export interface TranslationCompileInput {
  readonly clinical: ReviewStatus;
  readonly status: TranslationStatus;
  /** English parts changed since translated (slides/large-trials.ts, …): they need updating. */
  readonly stale: readonly string[];
}

/** The module an editor opens for each part of the content (review records name these). */
export const CONTENT_PARTS = { sources: 'slides/sources.ts', glossary: 'slides/glossary.ts', deck: 'slides/index.ts' } as const;
export const slideModule = (id: string): string => `slides/${id}.ts`;

/**
 * Hash of each part of the content: each slide keyed by its module (`slides/<id>.ts`), the
 * sources, glossary and deck list by theirs, and one per fact and per recommendation
 * (`fact:<id>`, `advice:<id>`), so a review record can name exactly which fact changed.
 */
export function contentHashes(deck: AnyDeck, figures: ReadonlyMap<string, string> = new Map()): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const slide of deck.slides) hashes[slideModule(slide.id)] = slideHash(slide, figures);
  hashes[CONTENT_PARTS.sources] = contentHash(deck.sources);
  hashes[CONTENT_PARTS.glossary] = contentHash(deck.glossary);
  hashes[CONTENT_PARTS.deck] = contentHash({ meta: deck.meta, order: deck.slides.map((s) => s.id), editions: deck.editions ?? {} });
  for (const [id, fact] of Object.entries(deck.facts ?? {})) hashes[factHashKey(id)] = contentHash(factForHash(fact));
  for (const [id, advice] of Object.entries(deck.advice ?? {})) hashes[adviceHashKey(id)] = contentHash(advice);
  return hashes;
}

/** A fact as hashed: its patterns (RegExp, which JSON would drop) as their source text. */
function factForHash(value: unknown): unknown {
  // By hand rather than a JSON round trip (the same result for a fact's strings, numbers, lists
  // and patterns, a test compares the two): a check compiles every fact of every edition.
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return value.map(factForHash);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, factForHash(v)]));
  return value;
}

function slideHash(slide: AnySlide, figures: ReadonlyMap<string, string>): string {
  const art = slide.body.flatMap((b) => (b.type === 'figure' ? [{ src: b.src, file: figures.get(b.src) ?? null }] : []));
  return contentHash({ slide, art });
}

/** Whether the recorded review covers this content, and if not, what changed since. */
export function reviewStatus(review: ReviewRecord | null | undefined, hashes: Record<string, string>, hash: string): ReviewStatus {
  if (!review) return { state: 'none' };
  const { name, role, date, scope } = review;
  if (review.contentHash === hash) return { state: 'current', name, role, date, scope, nextDue: addMonths(date, REVIEW_INTERVAL_MONTHS) };
  const parts = new Set([...Object.keys(hashes), ...Object.keys(review.hashes)]);
  const changed = [...parts].filter((p) => hashes[p] !== review.hashes[p]).sort();
  const isSlide = (p: string) => p.startsWith('slides/') && !Object.values(CONTENT_PARTS).includes(p as never);
  return {
    state: 'changed',
    name,
    role,
    date,
    changedSlides: changed.filter(isSlide).map((p) => p.replace(/^slides\/|\.ts$/g, '')),
    otherChanges: changed.filter((p) => !isSlide(p)),
  };
}

/** The review in one sentence, as the about slide, the handout and the PDF metadata say it. */
export function reviewStatement(status: ReviewStatus, lang: Lang = 'en'): string {
  const ui = UI[lang].review;
  switch (status.state) {
    case 'none':
      return ui.none;
    case 'current':
      return ui.current({ name: status.name, role: status.role, date: longDate(status.date, lang), scope: status.scope });
    case 'changed':
      return ui.changed({ name: status.name, date: longDate(status.date, lang) });
  }
}

/**
 * A translation's review in one sentence ("Traducción no revisada todavía por un traductor médico
 * calificado."): the about slide, the handout and the PDF metadata say it until a complete
 * translation review (npm run review -- --translation es) covers the translation as it is now.
 */
export function translationStatement(status: TranslationStatus, lang: Lang): string {
  const ui = UI[lang].translation;
  switch (status.state) {
    case 'none':
      return ui.none;
    case 'current':
      return ui.current({ translator: status.translator, qualification: status.qualification, clinician: status.clinician, date: longDate(status.date, lang) });
    case 'changed':
      return ui.changed({ date: longDate(status.date, lang) });
  }
}

/** The dates a reader is told to rely on that have passed (`today` given): the about slide says so and check warns. */
export function overdueDates(deck: AnyDeck, status: ReviewStatus, today: string | undefined): Overdue[] {
  if (today === undefined) return [];
  const due: Overdue[] = [];
  if (deck.meta.reviewDate < today) due.push({ what: 'facts', due: deck.meta.reviewDate });
  if (status.state === 'current' && status.nextDue < today) due.push({ what: 'review', due: status.nextDue });
  return due;
}

/** "June 1, 2027", or "June 1, 2027 (past due: not done yet)" when that day has passed. */
const dueText = (iso: string, overdue: readonly Overdue[], lang: Lang): string =>
  overdue.some((o) => o.due === iso) ? UI[lang].info.pastDue(longDate(iso, lang)) : longDate(iso, lang);

function reviewRows(status: ReviewStatus, deck: AnyDeck, overdue: readonly Overdue[], lang: Lang): InfoRow[] {
  const ui = UI[lang].info;
  const next =
    status.state === 'current'
      ? { label: ui.nextReview, value: dueText(status.nextDue, overdue, lang) }
      : { label: ui.nextCheck, value: ui.by(dueText(deck.meta.reviewDate, overdue, lang)) };
  return [{ label: ui.clinicalReview, value: reviewStatement(status, lang) }, next];
}

function infoRows(deck: AnyDeck, status: ReviewStatus, overdue: readonly Overdue[], lang: Lang, translation?: TranslationCompileInput): InfoRow[] {
  const { meta } = deck;
  const ui = UI[lang].info;
  return [
    { label: ui.madeBy, value: meta.author },
    { label: ui.factsChecked, value: longDate(meta.date, lang) },
    ...reviewRows(status, deck, overdue, lang),
    ...(translation ? [{ label: ui.translation, value: translationStatement(translation.status, lang) }] : []),
    { label: ui.funding, value: meta.funding },
    { label: ui.conflicts, value: meta.conflicts },
    { label: ui.mistake, value: meta.contact },
  ];
}

/** The clinic's own words in a language: its role and hours as translated in slides/local.ts, else as written. */
export function localIn(local: LocalDetails, lang: Lang): LocalDetails {
  const own = lang === 'en' ? undefined : local.translations?.[lang];
  if (!own) return local;
  return {
    ...local,
    ...(local.presenter && own.role ? { presenter: { ...local.presenter, role: own.role } } : {}),
    ...(local.contact && own.hours ? { contact: { ...local.contact, hours: own.hours } } : {}),
  };
}

/**
 * Who presents, where and when, for the title slide: one line, "Presented by Dana Lee, nurse
 * educator · Riverside Cancer Center · December 3, 2026" (parts left out when not set).
 */
function byline(local: LocalDetails, lang: Lang): string[] {
  const who = local.presenter ? UI[lang].byline(local.presenter.name, local.presenter.role) : undefined;
  const parts = [who, local.organization, local.talkDate ? longDate(local.talkDate, lang) : undefined].filter((s): s is string => s !== undefined);
  return parts.length > 0 ? [parts.join(' · ')] : [];
}

/**
 * What the contact block says on a slide, in at most two lines: "Call Riverside Cancer Center at
 * (555) 010-0199." and "Monday to Friday, 8 am to 5 pm · https://example.org/breast-care". (The
 * email address is on the handout and the reading view, which have room for it.)
 */
export function contactLines(contact: ContactDetails | null, lang: Lang = 'en'): string[] {
  const ui = UI[lang].contact;
  if (!contact) return [ui.fallback];
  const who = contact.organization ?? ui.yourCareTeam;
  const first = contact.phone ? ui.call(who, contact.phone) : contact.email ? ui.write(who, contact.email) : ui.reach(who);
  const second = [contact.hours, contact.website].filter((s): s is string => Boolean(s)).join(' · ');
  return second ? [first, second] : [first];
}

/** The reading view's link at a slide: the published address when set, else read.html next to the deck. */
function readingViewLink(slideId: string, local: LocalDetails, lang: Lang): { text: string; href: string; address?: string } {
  const url = local.readingViewUrl;
  const text = UI[lang].reading.link;
  return url ? { text, href: readingViewHref(slideId, url), address: shownAddress(url) } : { text, href: readingViewHref(slideId) };
}

/** The QR code to the published reading view, when slides/local.ts sets readingViewUrl. */
export function readingViewQr(local: LocalDetails, lang: Lang = 'en'): CompiledQr | undefined {
  const url = local.readingViewUrl;
  return url ? { url, caption: UI[lang].reading.qrCaption, address: shownAddress(url), label: qrLabel(url, lang) } : undefined;
}

/** The one slide of an edition that carries the QR code: the first of QR_SLIDE_KINDS with a reading-view block. */
function qrSlideId(slides: readonly AnySlide[]): string | undefined {
  for (const kind of QR_SLIDE_KINDS) {
    const found = slides.find((s) => s.kind === kind && s.body.some((b) => b.type === 'reading-view'));
    if (found) return found.id;
  }
  return undefined;
}

function contactDetails(local: LocalDetails): ContactDetails | null {
  const c = local.contact;
  if (!c || !(c.phone || c.hours || c.website || c.email)) return null;
  return { ...c, ...(local.organization ? { organization: local.organization } : {}) };
}

/** The author the PDF and the page name: the clinic and presenter when set, else the deck's makers. */
function authorOf(deck: AnyDeck, local: LocalDetails): string {
  const parts = [local.presenter?.name, local.organization].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : deck.meta.author;
}

export function compileDeck(input: CompileInput): CompiledDeck {
  const { deck } = input;
  const edition = input.edition ?? FULL_EDITION;
  const lang = langOf(deck.meta.lang);
  const local = localIn(input.local ?? {}, lang);
  const figures = input.figures ?? new Map<string, string>();
  const slides = editionSlides(deck, edition);
  const qrSlide = local.readingViewUrl ? qrSlideId(slides) : undefined;

  const { listing, problems } = sourceListing(deck, edition);
  if (problems.length > 0) throw new DeckValidationError(problems);
  const sources: NumberedSource[] = [];
  const sourceById = new Map<string, NumberedSource>();
  for (const slide of slides) {
    for (const ids of listing.get(slide.id)?.values() ?? []) {
      for (const id of ids) {
        if (sourceById.has(id)) continue;
        const numbered = { id, number: sources.length + 1, home: slide.id, source: deck.sources[id]! };
        sources.push(numbered);
        sourceById.set(id, numbered);
      }
    }
  }
  const numbered = (id: string): NumberedSource => sourceById.get(id) ?? { id, source: deck.sources[id]! };
  const numberOf = (ref: string) => {
    const at = parseNumberRef(ref);
    return at ? deck.facts?.[at.fact]?.numbers?.[at.key] : undefined;
  };
  // Validation has checked that every { num } and chart row names a number of a citable fact.
  const numberText = (ref: string): string => showNumber(numberOf(ref)!, lang);

  const termHome = new Map<string, string>();
  for (const slide of slides) {
    for (const block of slide.body) if (block.type === 'glossary') for (const id of block.ids) if (!termHome.has(id)) termHome.set(id, slide.id);
  }
  // A term this edition defines (define: true) that no glossary block lists would have its
  // definition shown nowhere: the first glossary block carries it (`also`), and the reading view's
  // "Words to know" lists it (the slide has no room to spare; npm run check's term-listed rule
  // says to list it where it belongs).
  const firstGlossary = slides.find((s) => s.body.some((b) => b.type === 'glossary'));
  const unlisted = firstGlossary ? definedTerms(slides).filter((id) => !termHome.has(id)) : [];
  for (const id of unlisted) termHome.set(id, firstGlossary!.id);
  let glossaryBlocks = 0;
  // The defining use of each term in this edition: its first `define: true` in reading order.
  const defined = new Set<string>();
  const resolve = (text: AnyText): Runs =>
    inlineRuns(text).map((run): Run => {
      if (typeof run === 'string') return { kind: 'text', text: run };
      if ('em' in run) return { kind: 'em', text: run.em };
      if ('strong' in run) return { kind: 'strong', text: run.strong };
      if ('term' in run) {
        const marked = run.define === true;
        const defines = marked && !defined.has(run.term);
        if (defines) defined.add(run.term);
        const home = termHome.get(run.term);
        return { kind: 'term', term: run.term, text: run.text ?? deck.glossary[run.term]!.term, marked, defines, ...(home ? { home } : {}) };
      }
      if ('num' in run) return { kind: 'number', text: numberText(run.num), ref: run.num };
      const s = numbered(run.cite);
      return { kind: 'cite', source: run.cite, ...(s.number ? { number: s.number } : {}), ...(s.home ? { home: s.home } : {}) };
    });
  /** A text as plain words (alt text, a table's denominator, the notes). */
  const plainText = (text: AnyText): string => runsText(resolve(text));

  const hashes = contentHashes(deck, figures);
  const hash = contentHash(hashes);
  // A translation is covered by the clinical review of the English it was made from.
  const review = input.translation ? input.translation.clinical : reviewStatus(input.review, hashes, hash);
  const overdue = overdueDates(deck, review, input.today);
  const contact = contactDetails(local);

  const compileBlock = (slide: AnySlide, block: AnyBlock, index: number): CompiledBlock => {
    const base = { ...(block.id ? { id: block.id } : {}), step: block.step === true };
    switch (block.type) {
      case 'paragraph':
        return { ...base, type: 'paragraph', text: resolve(block.text) };
      case 'list':
        return { ...base, type: 'list', style: block.style ?? 'bullet', stepwise: block.stepwise === true, items: block.items.map((item) => resolve(citedText(item).text)) };
      case 'figure':
        return { ...base, type: 'figure', src: block.src, alt: plainText(block.alt), caption: resolve(block.caption), drawn: input.figureText?.get(block.src) ?? [], file: `slides/${LOCALES[lang].folder}figures/${block.src}` };
      case 'callout':
        return { ...base, type: 'callout', tone: block.tone, ...(block.title ? { title: block.title } : {}), text: resolve(block.text) };
      case 'chart': {
        const { unit, series } = block;
        const rows = block.rows.map((row) => {
          const fact = rowFact(row);
          if (fact === undefined) return row as { label: string; values: readonly number[] };
          return { label: row.label, fact, values: (row.values as readonly string[]).map((key) => numberOf(`${fact}.${key}`)!.value) };
        });
        return { ...base, type: 'chart', alt: plainText(block.alt), caption: resolve(block.caption), unit, series, rows, denominator: plainText(block.denominator) };
      }
      case 'references':
        return { ...base, type: 'references', sources: (listing.get(slide.id)?.get(index) ?? []).map(numbered) };
      case 'glossary': {
        const listed = (ids: readonly string[]) => ids.map((id) => ({ id, entry: deck.glossary[id]! }));
        const also = glossaryBlocks++ === 0 && unlisted.length > 0 ? { also: listed(unlisted) } : {};
        return { ...base, type: 'glossary', terms: listed(block.ids), ...also };
      }
      case 'deck-info':
        return { ...base, type: 'deck-info', rows: infoRows(deck, review, overdue, lang, input.translation) };
      case 'contact':
        return { ...base, type: 'contact', contact, lines: contactLines(contact, lang) };
      case 'reading-view': {
        const qr = slide.id === qrSlide ? readingViewQr(local, lang) : undefined;
        return { ...base, type: 'reading-view', ...readingViewLink(slide.id, local, lang), ...(qr ? { qr } : {}) };
      }
    }
  };

  const compiled = slides.map((slide, i): CompiledSlide => {
    // Body first (in reading order), so a term's defining use is decided in reading order.
    const body = slide.body.map((block, b) => compileBlock(slide, block, b));
    const shortSay = edition !== FULL_EDITION && slide.notes.short ? slide.notes.short.say : undefined;
    const say = shortSay ?? slide.notes.say;
    const answer = citedText(slide.notes.answer);
    const notes = { say: say.map((p) => plainText(citedText(p).text)), question: slide.notes.question, answer: plainText(answer.text) };
    const by = slide.kind === 'title' ? byline(local, lang) : [];
    const heading = headingFacts(slide);
    const parts: TextPart[] = [
      { field: 'title', role: 'title', runs: plain(slide.title), facts: heading },
      ...(slide.subtitle === undefined ? [] : [{ field: 'subtitle', role: 'subtitle' as const, runs: plain(slide.subtitle), facts: heading }]),
      ...by.map((line, n) => ({ field: `byline[${n}]`, role: 'byline' as const, runs: plain(line), facts: [] })),
      ...body.flatMap((block, b) => blockParts(block, `body[${b}]`, slide.body[b]!)),
    ];
    const sayField = shortSay ? 'notes.short.say' : 'notes.say';
    say.forEach((p: AnyCited, n) => {
      const { text, facts } = citedText(p);
      parts.push({ field: `${sayField}[${n}]`, role: 'notes', runs: resolve(text), facts: unique([...facts, ...numberFacts(text)]) });
    });
    parts.push(
      { field: 'notes.question', role: 'notes', runs: plain(notes.question), facts: [] },
      { field: 'notes.answer', role: 'notes', runs: resolve(answer.text), facts: unique([...answer.facts, ...numberFacts(answer.text)]) },
    );
    return {
      id: slide.id,
      kind: slide.kind,
      number: i + 1,
      title: slide.title,
      ...(slide.subtitle === undefined ? {} : { subtitle: slide.subtitle }),
      byline: by,
      evidence: evidenceKinds(slide.evidence),
      layout: slide.layout ?? 'stack',
      body,
      cited: citedSources(slide, deck.facts).map(numbered),
      notes,
      steps: body.reduce((n, b) => n + (b.step ? 1 : 0) + (b.type === 'list' && b.stepwise ? b.items.length : 0), 0),
      parts,
      hash: hashes[slideModule(slide.id)]!,
    };
  });

  return {
    edition,
    lang,
    meta: { ...deck.meta, author: authorOf(deck, local) },
    size: SLIDE_SIZE,
    slides: compiled,
    sources,
    local,
    review,
    overdue,
    ...(input.today === undefined ? {} : { today: input.today }),
    contentHash: hash,
    ...(input.translation
      ? { translation: { of: deck.translation?.of ?? 'en', status: input.translation.status, statement: translationStatement(input.translation.status, lang), stale: input.translation.stale } }
      : {}),
  };
}

const plain = (text: string): Runs => [{ kind: 'text', text }];

/** The terms an edition's slides mark define: true, in reading order. */
export function definedTerms(slides: readonly AnySlide[]): string[] {
  const found = new Set<string>();
  for (const slide of slides) {
    for (const part of slideTextParts(slide)) for (const run of inlineRuns(part.text)) if (typeof run !== 'string' && 'term' in run && run.define === true) found.add(run.term);
  }
  return [...found];
}

/**
 * A compiled block's text in reading order, with the field path of the authored text it came from
 * and the facts each piece cites (from the authored block, `authored`; none for a block the deck
 * builds itself, such as the contact lines).
 */
export function blockParts(block: CompiledBlock, at: string, authored?: AnyBlock): TextPart[] {
  const cites = new Map((authored ? blockTextParts(authored, at) : []).map((p) => [p.field, p.facts]));
  const part = (field: string, role: TextRole, runs: Runs): TextPart => ({ field, role, runs, facts: cites.get(field) ?? [] });
  switch (block.type) {
    case 'paragraph':
      return [part(`${at}.text`, 'paragraph', block.text)];
    case 'list':
      return block.items.map((runs, i) => part(`${at}.items[${i}]`, 'list-item', runs));
    case 'callout':
      return [...(block.title === undefined ? [] : [part(`${at}.title`, 'callout-title', plain(block.title))]), part(`${at}.text`, 'callout', block.text)];
    case 'figure':
      return [
        part(`${at}.alt`, 'alt', plain(block.alt)),
        part(`${at}.caption`, 'caption', block.caption),
        // Words drawn in the file: the audience reads them on the slide, with what the caption cites.
        ...block.drawn.map((words, i): TextPart => ({ field: `${at}.drawn[${i}] (${block.file})`, role: 'figure-text', runs: plain(words), facts: cites.get(`${at}.caption`) ?? [] })),
      ];
    case 'chart':
      return [
        part(`${at}.alt`, 'alt', plain(block.alt)),
        ...block.series.map((s, i) => part(`${at}.series[${i}]`, 'chart-label', plain(s))),
        ...block.rows.map((r, i) => part(`${at}.rows[${i}].label`, 'chart-label', plain(r.label))),
        part(`${at}.denominator`, 'chart-label', plain(block.denominator)),
        part(`${at}.caption`, 'caption', block.caption),
      ];
    case 'contact':
      // Not written on the slide, but shown on it: the check reads the clinic's words too.
      return block.lines.map((line, i) => part(`${at}.lines[${i}]`, 'contact', plain(line)));
    case 'reading-view':
      return [part(`${at}.text`, 'link', plain(block.text)), ...(block.qr ? [part(`${at}.qr.caption`, 'link', plain(block.qr.caption))] : [])];
    case 'references':
    case 'glossary':
    case 'deck-info':
      return [];
  }
}

/**
 * A review record for the content as it is now (what `npm run review` writes): the hashes (one
 * per slide, per fact, per recommendation and per registry), each fact's statement, and, when
 * given, each slide's sentences as the reviewer read them (the check's reading of the deck,
 * src/check/review-sheet.ts), so `npm run review -- --changes` can show what changed since.
 */
export function recordReview(
  deck: AnyDeck,
  figures: ReadonlyMap<string, string>,
  who: { readonly name: string; readonly role: string; readonly scope: string; readonly date: string },
  sentences?: ReviewRecord['sentences'],
): ReviewRecord {
  const hashes = contentHashes(deck, figures);
  const statements = Object.fromEntries(Object.entries(deck.facts ?? {}).map(([id, fact]) => [id, fact.statement]));
  return { ...who, contentHash: contentHash(hashes), hashes, statements, ...(sentences ? { sentences } : {}) };
}
