// The report as text (a table for people) or JSON (the same data, for tools).

import { problemLine } from './rule.ts';
import { MAX_SLIDE_FK_GRADE } from './rules/fk-grade.ts';
import { MAX_SENTENCE_WORDS } from './rules/sentence-length.ts';
import { MAX_BODY_WORDS } from './rules/slide-density.ts';
import { MAX_SMOG_GRADE } from './rules/smog-grade.ts';
import { WORDS_PER_MINUTE } from '../model/spoken.ts';
import type { HandoutEditionSummary } from './handout-text.ts';
import type { DeckSummary, EditionSummary, PartReadability, Report, SlideRow } from './run.ts';
import type { LanguageScores } from './readability/languages.ts';
import { FERNANDEZ_HUERTA_FLAG, INFLESZ_MIN, SOL_MAX } from './readability/spanish/scores.ts';
import type { Lang } from '../model/locales.ts';

const fit = (s: string, width: number): string => (s.length <= width ? s.padEnd(width) : `${s.slice(0, width - 1)}…`);
const right = (s: string, width: number): string => s.padStart(width);
/** One decimal, and never "-0.0". */
const one = (n: number | null): string => (n === null ? '–' : (Number(n.toFixed(1)) || 0).toFixed(1));
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Column {
  readonly head: string;
  readonly width: number;
  readonly align: 'left' | 'right';
  readonly cell: (row: SlideRow) => string;
}

const COLUMNS: readonly Column[] = [
  { head: 'Slide', width: 28, align: 'left', cell: (r) => r.id },
  { head: 'Evidence', width: 26, align: 'left', cell: (r) => r.evidence.join(', ') || '–' },
  { head: 'Words', width: 5, align: 'right', cell: (r) => String(r.bodyWords) },
  { head: 'Sent.', width: 5, align: 'right', cell: (r) => String(r.sentences) },
  { head: 'Longest', width: 7, align: 'right', cell: (r) => String(r.longestSentence) },
  {
    head: 'FK',
    width: 6,
    align: 'right',
    cell: (r) =>
      r.readability.lang === 'es'
        ? `${one(r.readability.fernandezHuerta)}${r.readability.fernandezHuerta !== null && r.readability.fernandezHuerta < FERNANDEZ_HUERTA_FLAG ? '!' : ' '}`
        : `${one(r.fleschKincaidGrade ?? null)}${(r.fleschKincaidGrade ?? 0) > MAX_SLIDE_FK_GRADE ? '!' : ' '}`,
  },
  { head: 'Sources', width: 30, align: 'left', cell: (r) => r.sources.join(', ') || '–' },
  {
    head: 'Problems',
    width: 20,
    align: 'left',
    cell: (r) => [r.errors ? plural(r.errors, 'error') : '', r.warnings ? plural(r.warnings, 'warning') : ''].filter(Boolean).join(', ') || 'ok',
  },
];

/** The per-slide column's head and the legend, in the deck's language's formulas. */
const SLIDE_FLAG: { readonly [L in Lang]: { readonly head: string; readonly legend: string } } = {
  en: { head: 'FK', legend: `FK: Flesch-Kincaid grade, "!" above ${MAX_SLIDE_FK_GRADE}.` },
  es: { head: 'FH', legend: `FH: Fernández-Huerta, "!" below ${FERNANDEZ_HUERTA_FLAG}.` },
};

/**
 * A text's readability in a few words, in its own language's formulas: "SMOG 7.8" in English;
 * "SOL 7.3, INFLESZ 69.3, Fernández-Huerta 73.8" in Spanish (never an English formula on Spanish).
 */
export function shortScores(s: LanguageScores): string {
  if (s.lang === 'es') return `SOL ${s.sol === null ? '–' : one(s.sol)}, INFLESZ ${one(s.inflesz)}, Fernández-Huerta ${one(s.fernandezHuerta)}`;
  return `SMOG ${s.smog === null ? '–' : one(s.smog)}`;
}

function table(rows: readonly SlideRow[], lang: Lang): string[] {
  const columns = COLUMNS.map((c) => (c.head === 'FK' ? { ...c, head: SLIDE_FLAG[lang].head } : c));
  const line = (cells: (c: Column) => string) =>
    columns.map((c) => (c.align === 'left' ? fit(cells(c), c.width) : right(cells(c), c.width))).join('  ').trimEnd();
  return [line((c) => c.head), line((c) => '-'.repeat(c.width)), ...rows.map((r) => line((c) => c.cell(r)))];
}

/** The deck-level readability summary (also pasted into README and release notes). */
export function formatSummary(s: DeckSummary): string[] {
  const share = s.sentences ? Math.round((100 * s.passiveSentences) / s.sentences) : 0;
  const r = s.readability;
  if (r?.lang === 'es') {
    // Spanish: its own formulas only (research §2.2: the English SMOG read 11.8 on an easy Spanish sample).
    return [
      'Deck readability (body text and notes, complete sentences only; Spanish formulas)',
      `  Sentences             ${s.sentences}`,
      `  Words                 ${r.words} (${r.syllables} Spanish syllables; ${r.polysyllables} words of 3+ syllables)`,
      `  SOL grade             ${r.sol === null ? `insufficient sample (needs 30 sentences; gate: at most ${SOL_MAX})` : `${r.sol.toFixed(1)} (the Spanish SMOG; gate: at most ${SOL_MAX})`}`,
      `  INFLESZ               ${one(r.inflesz)} (${r.infleszBand ?? '–'}; gate: at least ${INFLESZ_MIN})`,
      `  Fernández-Huerta      ${one(r.fernandezHuerta)} (higher is easier; a slide is flagged below ${FERNANDEZ_HUERTA_FLAG})`,
      `  Passive voice         ${s.passiveSentences} of ${s.sentences} sentences (${share} %)`,
    ];
  }
  const smog = typeof s.smog === 'number' ? `${s.smog.toFixed(1)} (gate: at most ${MAX_SMOG_GRADE})` : `${s.smog ?? 'insufficient sample'} (needs 30 sentences; gate: at most ${MAX_SMOG_GRADE})`;
  return [
    'Deck readability (body text and notes, complete sentences only)',
    `  Sentences             ${s.sentences}`,
    `  Words                 ${s.words} (${s.syllables} syllables; ${s.polysyllables} words of 3+ syllables)`,
    `  SMOG grade            ${smog}`,
    `  Flesch-Kincaid grade  ${one(s.fleschKincaidGrade ?? null)}`,
    `  Flesch reading ease   ${one(s.fleschReadingEase ?? null)} (higher is easier; aim for 60 or more)`,
    `  Passive voice         ${s.passiveSentences} of ${s.sentences} sentences (${share} %)`,
  ];
}

/** One line per edition: its slides, spoken words and minutes. */
function formatEditions(editions: readonly EditionSummary[]): string[] {
  const width = Math.max(...editions.map((e) => e.name.length));
  return [
    `Editions (speaker notes at ${WORDS_PER_MINUTE} words a minute; "with answers": if every prepared question is asked)`,
    ...editions.map(
      ({ name, slides, spoken, smog, readability }) =>
        `  ${name.padEnd(width)}  ${right(plural(slides.length, 'slide'), 9)}  ${right(spoken.words.toLocaleString('en-US'), 6)} words  ${right(spoken.minutes.toFixed(1), 5)} min` +
        `  (${spoken.withAnswersMinutes.toFixed(1)} min with answers)  ${readability?.lang === 'es' ? shortScores(readability) : `SMOG ${typeof smog === 'number' ? smog.toFixed(1) : (smog ?? '–')}`}`,
    ),
  ];
}

/** The patient handout's text (slides/handout.ts), one line per edition. */
function formatHandout(editions: readonly HandoutEditionSummary[], lang: Lang): string[] {
  const width = Math.max(...editions.map((e) => e.name.length));
  const gate = lang === 'es' ? `SOL at most ${SOL_MAX}, INFLESZ at least ${INFLESZ_MIN}` : `SMOG at most ${MAX_SMOG_GRADE}`;
  return [
    `Patient handout (slides/handout.ts; npm run pdf -- --handout): same rules, ${gate}`,
    ...editions.map(
      ({ name, sections, sentences, words, smog, readability }) =>
        `  ${name.padEnd(width)}  ${right(plural(sections, 'section'), 11)}  ${right(plural(sentences, 'sentence'), 12)}  ${right(words.toLocaleString('en-US'), 5)} words  ${readability?.lang === 'es' ? shortScores(readability) : `SMOG ${smog === null || smog === undefined ? '–' : smog.toFixed(1)}`}`,
    ),
  ];
}

/** The speaker notes and the reading view's text, each scored apart. */
function formatParts(parts: readonly PartReadability[], lang: Lang): string[] {
  const width = Math.max(...parts.map((p) => p.label.length));
  return [
    `Readability by part (full deck${lang === 'en' ? '' : `; each gated like the deck: SOL at most ${SOL_MAX}, INFLESZ at least ${INFLESZ_MIN}`})`,
    ...parts.map(({ label, readability: r }) => `  ${label.padEnd(width)}  ${right(plural(r.sentences, 'sentence'), 13)}  ${right(r.words.toLocaleString('en-US'), 5)} words  ${shortScores(r)}`),
  ];
}

/** One line: what the fit check measured, or why it did not. */
function formatFit(fit: NonNullable<Report['fit']>): string {
  if (!fit.checked) return fit.skipped ? `Fit: not checked (${fit.reason}).` : `Fit: NOT CHECKED: ${fit.reason.replace(/\.$/, '')}.`;
  return (
    `Fit: ${plural(fit.slides, 'slide')} in ${plural(fit.editions, 'edition')} measured at ${fit.width}×${fit.height} in Chromium, ` +
    `every step shown (${fit.seconds.toFixed(1)} s).`
  );
}

export function formatText(report: Report): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const lines = [
    `Content check: ${report.title}`,
    '',
    ...table(report.slides, report.lang),
    `Words: body text (at most ${MAX_BODY_WORDS}). Sent.: complete sentences in body text and notes. ` +
      `Longest: words in the longest sentence (at most ${MAX_SENTENCE_WORDS}). ${SLIDE_FLAG[report.lang].legend}`,
    '',
    ...formatSummary(report.summary),
    '',
    ...formatParts(report.parts, report.lang),
    '',
    ...formatEditions(report.editions),
    '',
    ...(report.handout ? [...formatHandout(report.handout, report.lang), ''] : []),
  ];
  if (report.fit) lines.push(formatFit(report.fit), '');
  if (errors.length) lines.push(`Errors (${errors.length})`, ...errors.map((p) => `  ${problemLine(p)}`), '');
  if (warnings.length) {
    // The presenter's own first; the rest say who acts on them (problemLine), counted in the heading.
    const theirs = warnings.filter((p) => p.actor === undefined);
    const others = warnings.filter((p) => p.actor !== undefined);
    const heading = others.length === 0 ? '' : `: ${theirs.length === 0 ? 'none' : theirs.length} for the presenter, ${others.length} for others (each line says who)`;
    lines.push(`Warnings (${warnings.length})${heading}`, ...[...theirs, ...others].map((p) => `  ${problemLine(p)}`), '');
  }
  lines.push(`${report.ok ? 'PASSED' : 'FAILED'}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`);
  return lines.join('\n');
}

export function formatJson(report: Report): string {
  return JSON.stringify({ ...report, problems: report.problems.map((p) => ({ ...p, line: problemLine(p) })) }, null, 2);
}
