// Apply every rule to a loaded (already validated) deck and gather the report: one row per
// slide, the deck-level readability summary, and the problems. Pure: no files, no console.

import { EVIDENCE_LABEL, evidenceKinds } from '../model/evidence.ts';
import type { AnyDeck, SlideKind } from '../model/types.ts';
import { readDeck, type Sentence } from './reading.ts';
import { isPassive } from './readability/passive.ts';
import { countSentences, scores } from './readability/scores.ts';
import type { Problem, Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

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
  /** Flesch-Kincaid grade of the slide's corpus sentences (a flag above 8), null with none. */
  readonly fleschKincaidGrade: number | null;
  /** Source ids the slide cites. */
  readonly sources: readonly string[];
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
  readonly smog: number | typeof INSUFFICIENT_SAMPLE;
  readonly fleschKincaidGrade: number | null;
  readonly fleschReadingEase: number | null;
  readonly passiveSentences: number;
}

export interface Report {
  readonly title: string;
  /** No error-level problems (warnings allowed). */
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly summary: DeckSummary;
  readonly slides: readonly SlideRow[];
  readonly problems: readonly Problem[];
}

function summarise(corpus: readonly Sentence[]): DeckSummary {
  const counts = countSentences(corpus.map((s) => s.text));
  const { smog, fleschKincaidGrade, fleschReadingEase } = scores(counts);
  return {
    sentences: counts.sentence,
    words: counts.word,
    syllables: counts.syllable,
    polysyllables: counts.polysillabicWord,
    smog: smog ?? INSUFFICIENT_SAMPLE,
    fleschKincaidGrade,
    fleschReadingEase,
    passiveSentences: corpus.filter((s) => isPassive(s.text)).length,
  };
}

export function runChecks(deck: AnyDeck, rules: readonly Rule[] = RULES): Report {
  const reading = readDeck(deck);
  const problems: Problem[] = rules.flatMap((rule) =>
    rule.check(reading).map((f) => ({ ...f, rule: rule.id, severity: rule.severity })),
  );
  const count = (slide: string, severity: Problem['severity']) =>
    problems.filter((p) => p.slide === slide && p.severity === severity).length;
  const slides: SlideRow[] = reading.slides.map(({ slide, sentences, corpus, bodyWords, cited }) => ({
    id: slide.id,
    kind: slide.kind,
    evidence: evidenceKinds(slide.evidence).map((k) => EVIDENCE_LABEL[k]),
    bodyWords,
    sentences: corpus.length,
    longestSentence: Math.max(0, ...sentences.filter((s) => s.area !== 'heading' && s.area !== 'chart').map((s) => s.words.length)),
    fleschKincaidGrade: scores(countSentences(corpus.map((s) => s.text))).fleschKincaidGrade,
    sources: cited,
    errors: count(slide.id, 'error'),
    warnings: count(slide.id, 'warning'),
  }));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    title: deck.meta.title,
    ok: errors === 0,
    errors,
    warnings: problems.length - errors,
    summary: summarise(reading.corpus),
    slides,
    problems,
  };
}
