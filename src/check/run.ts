// Apply every rule to a loaded (already validated) deck and gather the report: one row per
// slide, the deck-level readability summary, and the problems. Pure: no files, no console.

import type { CompileInput } from '../model/compile.ts';
import { compileEditions, type CompiledEditions } from '../model/editions.ts';
import { EVIDENCE_LABEL } from '../model/evidence.ts';
import { spokenLength, type SpokenLength } from '../model/spoken.ts';
import { FULL_EDITION, type AnyDeck, type SlideKind } from '../model/types.ts';
import type { HandoutSpec } from '../model/handout-spec.ts';
import { checkHandout, type HandoutEditionSummary } from './handout-text.ts';
import { readDeck, type Sentence } from './reading.ts';
import { isPassive } from './readability/passive.ts';
import { countSentences, scores } from './readability/scores.ts';
import { DECK, type Problem, type Rule } from './rule.ts';
import { RULES } from './rules/index.ts';
import { READABILITY, type LanguageScores } from './readability/languages.ts';
import { LOCALES, type Lang } from '../model/locales.ts';

export const INSUFFICIENT_SAMPLE = 'insufficient sample';

export interface SlideRow {
  readonly id: string;
  readonly kind: SlideKind;
  /** Evidence badges as the audience reads them, e.g. "Mouse study". */
  readonly evidence: readonly string[];
  /** Words of body text (the 50-word limit). */
  readonly bodyWords: number;
  /** Complete sentences of body text and notes (the slide's share of the readability corpus). */
  readonly sentences: number;
  /** Words in the slide's longest sentence (body, alt text, notes; the 20-word limit). */
  readonly longestSentence: number;
  /** Flesch-Kincaid grade of the slide's corpus sentences (a flag above 8), null with none. English only: absent for a translation. */
  readonly fleschKincaidGrade?: number | null;
  /** Source ids the slide cites. */
  readonly sources: readonly string[];
  /** The slide's corpus in its own language's formulas (Fernández-Huerta is the Spanish per-slide flag). */
  readonly readability: LanguageScores;
  readonly errors: number;
  readonly warnings: number;
}

export interface DeckSummary {
  /** Complete sentences of body text (reference slides excluded) and notes. */
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Words of three or more syllables. */
  readonly polysyllables: number;
  /** The English formulas, English only: absent for a translation (its own are in `readability`). */
  readonly smog?: number | typeof INSUFFICIENT_SAMPLE;
  readonly fleschKincaidGrade?: number | null;
  readonly fleschReadingEase?: number | null;
  readonly passiveSentences: number;
  /** The same corpus in the deck's own language's formulas (SOL, INFLESZ, Fernández-Huerta in Spanish). */
  readonly readability: LanguageScores;
}

/**
 * The readability of each thing a patient reads or hears, apart, in the deck's own formulas: the
 * speaker notes (what the presenter says) and the reading view's text (the slides' body text,
 * without notes: src/render/reading-view.ts). The handout has its own (Report.handout).
 */
export interface PartReadability {
  readonly part: ReadingPart;
  readonly label: string;
  readonly readability: LanguageScores;
}
export type ReadingPart = 'notes' | 'reading-view';

/** One edition as checked: its slides and how long its notes take to say. */
export interface EditionSummary {
  readonly name: string;
  readonly slides: readonly string[];
  readonly spoken: SpokenLength;
  /** English only: absent for a translation. */
  readonly smog?: number | typeof INSUFFICIENT_SAMPLE;
  /** The edition's corpus in its own language's formulas. */
  readonly readability: LanguageScores;
}

export interface Report {
  readonly title: string;
  /** The deck's language: every readability figure below is in its formulas. */
  readonly lang: Lang;
  /** The speaker notes and the reading view's text, each scored apart (full deck). */
  readonly parts: readonly PartReadability[];
  /** Every edition, the full deck first. */
  readonly editions: readonly EditionSummary[];
  /** No error-level problems (warnings allowed). */
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly summary: DeckSummary;
  readonly slides: readonly SlideRow[];
  readonly problems: readonly Problem[];
  /** The patient handout's text, per edition (when the deck has slides/handout.ts). */
  readonly handout?: readonly HandoutEditionSummary[];
  /** Whether the slides were measured in a browser (src/measure/fit-check.ts); absent: not asked. */
  readonly fit?: FitSummary;
}

/** The fit check as the report shows it. */
export type FitSummary =
  | { readonly checked: true; readonly slides: number; readonly editions: number; readonly width: number; readonly height: number; readonly seconds: number }
  /** `skipped`: --no-fit asked for it; otherwise it could not be checked (no Chromium). */
  | { readonly checked: false; readonly reason: string; readonly skipped?: boolean };

/** The report with more problems (the fit check's), every count and `ok` worked out again. */
export function withProblems(report: Report, extra: readonly Problem[], fit?: FitSummary): Report {
  const problems = [...report.problems, ...extra];
  const count = (slide: string, severity: Problem['severity']) => problems.filter((p) => p.slide === slide && !p.edition && p.severity === severity).length;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    ...report,
    ok: errors === 0,
    errors,
    warnings: problems.length - errors,
    slides: report.slides.map((row) => ({ ...row, errors: count(row.id, 'error'), warnings: count(row.id, 'warning') })),
    problems,
    ...(fit ? { fit } : {}),
  };
}

function summarise(corpus: readonly Sentence[], lang: Lang): DeckSummary {
  const counts = countSentences(corpus.map((s) => s.text));
  const { smog, fleschKincaidGrade, fleschReadingEase } = scores(counts);
  return {
    sentences: counts.sentence,
    words: counts.word,
    syllables: counts.syllable,
    polysyllables: counts.polysillabicWord,
    // A translation is never scored with the English formulas (issue 19): its own are in `readability`.
    ...(lang === 'en' ? { smog: smog ?? INSUFFICIENT_SAMPLE, fleschKincaidGrade, fleschReadingEase } : {}),
    passiveSentences: corpus.filter((s) => isPassive(s.text)).length,
    readability: READABILITY[lang].score(corpus.map((s) => s.text)),
  };
}

/** What the check reads: the deck, and optionally the clinic's details, the review, figures and the handout. */
export type CheckInput = Omit<CompileInput, 'edition'> & {
  /** slides/handout.ts, validated: its text is checked too (src/check/handout-text.ts). */
  readonly handout?: HandoutSpec | null;
  /** For a translation: the English deck it was made from (the translation-* rules compare the two). */
  readonly source?: AnyDeck;
};

/**
 * Checks every edition as it is shown (rules with `scope: 'deck'` once, on the full deck).
 * A problem already found in the full deck is not repeated for a shorter edition; one that shows
 * only there is reported with the edition's name. `compiled`: the editions as the command already
 * compiled them (compileEditions), so the checker, the build and the fit check share one compile.
 */
export function runChecks(input: CheckInput, rules: readonly Rule[] = RULES, compiled: CompiledEditions = compileEditions(input)): Report {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const editions: EditionSummary[] = [];
  const lang: Lang = compiled.editions[0]?.lang ?? 'en';
  const pick = (d: DeckSummary) => ({ ...(d.smog === undefined ? {} : { smog: d.smog }), readability: d.readability });
  let full: ReturnType<typeof readDeck> | undefined;
  for (const deck of compiled.editions) {
    const edition = deck.edition;
    const reading = readDeck(input.deck, deck, input.source);
    const isFull = edition === FULL_EDITION;
    if (isFull) full = reading;
    for (const rule of rules) {
      if (!isFull && rule.scope === 'deck') continue;
      for (const finding of rule.check(reading)) {
        const key = `${rule.id}\0${finding.slide}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ ...finding, rule: rule.id, severity: rule.severity, ...(isFull ? {} : { edition }), ...(rule.actor ? { actor: rule.actor } : {}) });
      }
    }
    editions.push({ name: edition, slides: reading.slides.map((s) => s.slide.id), spoken: spokenLength(reading.compiled.slides), ...pick(summarise(reading.corpus, lang)) });
  }
  const handout = input.handout ? checkHandout(input, input.handout, rules, compiled) : undefined;
  problems.push(...(handout?.problems ?? []));
  const reading = full!;
  const parts = readingParts(reading, lang);
  if (rules === RULES) problems.push(...partProblems(reading, parts, lang));
  const count = (slide: string, severity: Problem['severity']) =>
    problems.filter((p) => p.slide === slide && !p.edition && p.severity === severity).length;
  const slides: SlideRow[] = reading.slides.map(({ slide, sentences, corpus, bodyWords, cited }) => ({
    id: slide.id,
    kind: slide.kind,
    evidence: slide.evidence.map((k) => EVIDENCE_LABEL[k]),
    bodyWords,
    sentences: corpus.length,
    longestSentence: Math.max(0, ...sentences.filter((s) => s.area !== 'heading' && s.area !== 'chart').map((s) => s.words.length)),
    ...(lang === 'en' ? { fleschKincaidGrade: scores(countSentences(corpus.map((s) => s.text))).fleschKincaidGrade } : {}),
    sources: cited,
    readability: READABILITY[lang].score(corpus.map((s) => s.text)),
    errors: count(slide.id, 'error'),
    warnings: count(slide.id, 'warning'),
  }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    title: input.deck.meta.title,
    lang,
    parts,
    editions,
    ok: errors === 0,
    errors,
    warnings: problems.length - errors,
    summary: summarise(reading.corpus, lang),
    slides,
    problems,
    ...(handout ? { handout: handout.editions } : {}),
  };
}

/** Which corpus sentences belong to each part: the notes, and the body text the reading view shows. */
const PART_AREA: { readonly [P in ReadingPart]: { readonly area: Sentence['area']; readonly label: string } } = {
  notes: { area: 'notes', label: 'Speaker notes' },
  'reading-view': { area: 'body', label: 'Reading view text' },
};

function readingParts(reading: ReturnType<typeof readDeck>, lang: Lang): PartReadability[] {
  return (Object.keys(PART_AREA) as ReadingPart[]).map((part) => ({
    part,
    label: PART_AREA[part].label,
    readability: READABILITY[lang].score(reading.corpus.filter((s) => s.area === PART_AREA[part].area).map((s) => s.text)),
  }));
}

/**
 * Each part under its language's deck gates (READABILITY[lang].gates: the one place for the
 * thresholds). Only a translation's parts are gated here: the English gates its whole corpus
 * (smog-grade) and its handout. A failing part is located at the slides that pull it down most
 * (their share of long words), so the author knows where to start.
 */
function partProblems(reading: ReturnType<typeof readDeck>, parts: readonly PartReadability[], lang: Lang): Problem[] {
  if (lang === 'en') return [];
  const r = READABILITY[lang];
  return parts.flatMap(({ part, label, readability }) => {
    const failures = r.gates(readability, `the ${label.toLowerCase()}`);
    if (!failures.length) return [];
    const { area } = PART_AREA[part];
    const worst = reading.slides
      .map(({ slide, corpus }) => ({ id: slide.id, s: r.score(corpus.filter((x) => x.area === area).map((x) => x.text)) }))
      .filter((x) => x.s.sentences > 0)
      .sort((a, b) => b.s.polysyllables / b.s.sentences - a.s.polysyllables / a.s.sentences || b.s.words / b.s.sentences - a.s.words / a.s.sentences)
      .slice(0, 3)
      .map((x) => x.id);
    const where = part === 'notes' ? 'notes.say and notes.answer' : 'body text';
    return failures.map((g) => ({
      slide: DECK,
      rule: g.rule,
      severity: 'error' as const,
      message: `${label.toLowerCase()} (${part}) in ${LOCALES[lang].name} (${lang}): ${g.message}`,
      fix: `${g.fix} Start with the ${where} of ${worst.join(', ') || 'the talk slides'} (most long words a sentence).`,
    }));
  });
}
