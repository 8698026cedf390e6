// Readability per language, one entry each (a language without its formulas does not compile): how
// text is cut into sentences and words, what counts as the passive, and the formulas and gates. A
// deck is always scored with its own language's formulas: Spanish is never scored with the English
// ones (the English SMOG read 11.8 on an easy Spanish sample where SOL read 6.2: research §2.2).
//  - English: SMOG (gate: at most 8, 30 sentences), Flesch-Kincaid per slide (flag above 8),
//    Flesch reading ease (reported). CMU syllables (syllables.ts).
//  - Spanish: SOL, the Spanish SMOG (Contreras 1999; gate: at most 8, 30 sentences), INFLESZ
//    (Szigriszt-Pazos on the Barrio-Cantalejo scale; gate: at least 55), Fernández-Huerta in the
//    corrected form (reported; flag per slide below 70). RAE syllables (spanish/syllables.ts).

import type { Lang } from '../../model/locales.ts';
import { isPassive } from './passive.ts';
import { countSentences, scores, SMOG_MIN_SENTENCES } from './scores.ts';
import { isCompleteSentence, sentenceSpans, words, type SentenceSpan } from './segment.ts';
import { isPassiveEs } from './spanish/passive.ts';
import { countSentencesEs, FERNANDEZ_HUERTA_FLAG, INFLESZ_MIN, inflesz, scoresEs, SOL_MAX, SOL_MIN_SENTENCES } from './spanish/scores.ts';
import { isCompleteSentence as isCompleteEs, sentenceSpans as sentenceSpansEs, wordsEs } from './spanish/segment.ts';

/** The readability of a text, in the formulas of its language. */
export type LanguageScores =
  | {
      readonly lang: 'en';
      readonly sentences: number;
      readonly words: number;
      readonly syllables: number;
      readonly polysyllables: number;
      /** SMOG grade, or null below 30 sentences. */
      readonly smog: number | null;
      readonly fleschKincaidGrade: number | null;
      readonly fleschReadingEase: number | null;
    }
  | {
      readonly lang: 'es';
      readonly sentences: number;
      readonly words: number;
      readonly syllables: number;
      readonly polysyllables: number;
      /** SOL grade (Spanish SMOG), or null below 30 sentences. */
      readonly sol: number | null;
      /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale. */
      readonly inflesz: number | null;
      readonly infleszBand: string | null;
      /** Fernández-Huerta (corrected form). */
      readonly fernandezHuerta: number | null;
    };

/** A gate on the whole text (the deck's corpus, the handout): what failed, or nothing. */
export interface GateFailure {
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

export interface Readability {
  readonly sentenceSpans: (text: string) => SentenceSpan[];
  readonly isCompleteSentence: (sentence: string) => boolean;
  readonly words: (text: string) => string[];
  readonly isPassive: (sentence: string) => boolean;
  readonly score: (sentences: readonly string[]) => LanguageScores;
  /** The deck-level gates of the language (rule id, message), on a corpus of complete sentences. */
  readonly gates: (scores: LanguageScores, what: string) => GateFailure[];
  /** A per-slide flag (a warning), or undefined. */
  readonly slideFlag: (scores: LanguageScores) => { readonly rule: string; readonly message: string; readonly fix: string } | undefined;
  /** One line for the report. */
  readonly line: (scores: LanguageScores) => string;
}

const one = (n: number | null): string => (n === null ? '–' : (Number(n.toFixed(1)) || 0).toFixed(1));

export const MAX_SMOG_GRADE = 8;
export const MAX_SLIDE_FK_GRADE = 8;

const english: Readability = {
  sentenceSpans,
  isCompleteSentence,
  words,
  isPassive,
  score: (sentences) => {
    const c = countSentences(sentences);
    const s = scores(c);
    return { lang: 'en', sentences: c.sentence, words: c.word, syllables: c.syllable, polysyllables: c.polysillabicWord, ...s };
  },
  gates: (s, what) => {
    if (s.lang !== 'en') return [];
    if (s.smog === null) {
      return [{ rule: 'smog-grade', message: `insufficient sample: ${what} has ${s.sentences} complete sentences, SMOG needs ${SMOG_MIN_SENTENCES}`, fix: 'Write body text and speaker notes as complete sentences ending in . ? or !' }];
    }
    return s.smog <= MAX_SMOG_GRADE
      ? []
      : [{ rule: 'smog-grade', message: `SMOG grade is ${s.smog.toFixed(1)} (at most ${MAX_SMOG_GRADE}); ${s.polysyllables} words of 3+ syllables in ${s.sentences} sentences`, fix: 'Use shorter, everyday words (fewer words of three or more syllables) and shorter sentences.' }];
  },
  slideFlag: (s) =>
    s.lang === 'en' && s.fleschKincaidGrade !== null && s.fleschKincaidGrade > MAX_SLIDE_FK_GRADE
      ? { rule: 'fk-grade', message: `Flesch-Kincaid grade is ${s.fleschKincaidGrade.toFixed(1)} (flag above ${MAX_SLIDE_FK_GRADE})`, fix: 'Look for long words that have a plain swap, and long sentences to split.' }
      : undefined,
  line: (s) => (s.lang === 'en' ? `SMOG ${s.smog === null ? 'insufficient sample' : one(s.smog)}, Flesch-Kincaid ${one(s.fleschKincaidGrade)}, Flesch reading ease ${one(s.fleschReadingEase)}` : ''),
};

const spanish: Readability = {
  sentenceSpans: sentenceSpansEs,
  isCompleteSentence: isCompleteEs,
  words: wordsEs,
  isPassive: isPassiveEs,
  score: (sentences) => {
    const c = countSentencesEs(sentences);
    const s = scoresEs(c);
    return {
      lang: 'es',
      sentences: c.sentences,
      words: c.words,
      syllables: c.syllables,
      polysyllables: c.polysyllables,
      sol: s.sol,
      inflesz: s.szigrisztPazos,
      infleszBand: s.szigrisztPazos === null ? null : inflesz(s.szigrisztPazos).es,
      fernandezHuerta: s.fernandezHuerta,
    };
  },
  gates: (s, what) => {
    if (s.lang !== 'es') return [];
    const out: GateFailure[] = [];
    if (s.sol === null) {
      out.push({ rule: 'sol-grade', message: `insufficient sample: ${what} has ${s.sentences} complete sentences, SOL (the Spanish SMOG) needs ${SOL_MIN_SENTENCES}`, fix: 'Write body text and speaker notes as complete sentences ending in . ? or !' });
    } else if (s.sol > SOL_MAX) {
      out.push({ rule: 'sol-grade', message: `SOL grade (Spanish SMOG) is ${s.sol.toFixed(1)} (at most ${SOL_MAX}); ${s.polysyllables} words of 3+ Spanish syllables in ${s.sentences} sentences`, fix: 'Use shorter, everyday Spanish words (fewer of three or more syllables) and shorter sentences.' });
    }
    if (s.inflesz !== null && s.inflesz < INFLESZ_MIN) {
      out.push({ rule: 'inflesz-score', message: `INFLESZ is ${s.inflesz.toFixed(1)} (${s.infleszBand}; at least ${INFLESZ_MIN}, "normal")`, fix: 'Shorter sentences and shorter words: split long sentences, prefer the everyday word.' });
    }
    return out;
  },
  slideFlag: (s) =>
    s.lang === 'es' && s.fernandezHuerta !== null && s.fernandezHuerta < FERNANDEZ_HUERTA_FLAG
      ? { rule: 'fernandez-huerta', message: `Fernández-Huerta is ${s.fernandezHuerta.toFixed(1)} (flag below ${FERNANDEZ_HUERTA_FLAG}, about 6th grade)`, fix: 'Look for long words with a plain swap, and long sentences to split.' }
      : undefined,
  line: (s) => (s.lang === 'es' ? `SOL ${s.sol === null ? 'insufficient sample' : one(s.sol)}, INFLESZ ${one(s.inflesz)} (${s.infleszBand ?? '–'}), Fernández-Huerta ${one(s.fernandezHuerta)}` : ''),
};

export const READABILITY: { readonly [L in Lang]: Readability } = { en: english, es: spanish };
