// Spanish readability scores from our own Spanish counts (segment.ts, syllables.ts). Spanish
// text must never be scored with the English formulas: the brief (spanish-edition.md §2.2)
// measured the English SMOG at grade 11.8 on a 6th-grade Spanish sample where SOL read 6.2.
//
// Why hand-written: no JS package implements these formulas (the brief grepped the tarballs of
// text-readability, text-readability-ts, readability-scores and retext-readability). Each is a
// line of arithmetic; the work is in the counts. Sources, as implemented:
//  - SOL, the Spanish SMOG (Contreras et al., J Health Commun 1999;4(1):21–29):
//    SOL = −2.51 + 0.74 × SMOG, where SMOG = 1.0430 × √(polysyllables × 30 / sentences) + 3.1291
//    with polysyllables (≥ 3 syllables) counted in Spanish. A US grade level. Like SMOG, normed
//    on 30-sentence samples, so null below SOL_MIN_SENTENCES.
//  - Szigriszt-Pazos perspicuity (1993): P = 206.835 − 62.3 × syllables/words − words/sentences,
//    read on the INFLESZ scale (Barrio-Cantalejo et al., An Sist Sanit Navar 2008; SciELO
//    S1137-66272008000300004), the one validated on patient texts.
//  - Fernández-Huerta (1959), in the corrected form (Law 2011; textstat; legible.es):
//    L = 206.84 − 60 × syllables/words − 1.02 × words/sentences. The common form
//    "206.84 − 0.60 P − 1.02 F" with F = sentences per 100 words has the wrong sign.

import { rememberByText } from '../../../model/remember.ts';
import { sentencesEs, wordsEs } from './segment.ts';
import { syllablesEs } from './syllables.ts';

/** SOL is SMOG rescaled, and SMOG was normed on 30-sentence samples; below that: "insufficient sample". */
export const SOL_MIN_SENTENCES = 30;
/** Gates proposed in the brief (§2.5): SOL ≤ 8 (mirrors the English SMOG ≤ 8 gate). */
export const SOL_MAX = 8;
/** INFLESZ ≥ 55 ("normal" or easier) is the gate; ≥ 65 the target. */
export const INFLESZ_MIN = 55;
/** Fernández-Huerta below 70 (harder than "bastante fácil", about 6th grade) is flagged per slide. */
export const FERNANDEZ_HUERTA_FLAG = 70;

export interface CountsEs {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Letters as written (\p{L}), for letter-based formulas; numerals have none. */
  readonly letters: number;
  /** Words of three or more Spanish syllables (SOL's polysyllables). */
  readonly polysyllables: number;
}

type SentenceCountsEs = Omit<CountsEs, 'sentences'>;

// Counted once per sentence text, as in ../scores.ts: the rules, the report and the handout score
// the same sentences many times over, and the counts depend on nothing else.
/** One letter as written (made once: it is asked of every word). */
const LETTER = /\p{L}/gu;

const countOneSentenceEs = rememberByText((sentence: string): SentenceCountsEs => {
  let words = 0;
  let syllables = 0;
  let letters = 0;
  let polysyllables = 0;
  for (const w of wordsEs(sentence)) {
    const n = syllablesEs(w);
    words += 1;
    syllables += n;
    letters += w.normalize('NFC').match(LETTER)?.length ?? 0;
    if (n >= 3) polysyllables += 1;
  }
  return { words, syllables, letters, polysyllables };
});

export function countSentencesEs(sentences: readonly string[]): CountsEs {
  let words = 0;
  let syllables = 0;
  let letters = 0;
  let polysyllables = 0;
  for (const sentence of sentences) {
    const c = countOneSentenceEs(sentence);
    words += c.words;
    syllables += c.syllables;
    letters += c.letters;
    polysyllables += c.polysyllables;
  }
  return { sentences: sentences.length, words, syllables, letters, polysyllables };
}

/** Counts for a whole text, segmented into Spanish sentences. */
export const countTextEs = (text: string): CountsEs => countSentencesEs(sentencesEs(text));

export interface Band {
  /** The band's name in Spanish, as the source scale gives it. */
  readonly es: string;
  /** The same in English, for the checker's report. */
  readonly en: string;
}

/**
 * INFLESZ bands (Barrio-Cantalejo 2008): <40 muy difícil, 40–55 algo difícil, 55–65 normal,
 * 65–80 bastante fácil, >80 muy fácil. A shared boundary belongs to the easier band, so that
 * 55 passes the INFLESZ_MIN gate; 80 itself stays "bastante fácil" (the scale says ">80").
 */
export function inflesz(p: number): Band {
  if (p < 40) return { es: 'muy difícil', en: 'very difficult' };
  if (p < 55) return { es: 'algo difícil', en: 'somewhat difficult' };
  if (p < 65) return { es: 'normal', en: 'normal' };
  if (p <= 80) return { es: 'bastante fácil', en: 'fairly easy' };
  return { es: 'muy fácil', en: 'very easy' };
}

/**
 * Fernández-Huerta bands (legible.es, after Fernández Huerta 1959): 90–100 muy fácil (4th
 * grade), 80–90 fácil (5th), 70–80 bastante fácil (6th), 60–70 normal (7th–8th), 50–60
 * bastante difícil, 30–50 difícil, <30 muy difícil. (legible.es says "algo fácil" and "algo
 * difícil" for 70–80 and 50–60; same bands.) A shared boundary belongs to the easier band,
 * so 70 is "bastante fácil" and is not flagged (FERNANDEZ_HUERTA_FLAG).
 */
export function fernandezHuertaBand(l: number): Band {
  if (l >= 90) return { es: 'muy fácil', en: 'very easy' };
  if (l >= 80) return { es: 'fácil', en: 'easy' };
  if (l >= 70) return { es: 'bastante fácil', en: 'fairly easy' };
  if (l >= 60) return { es: 'normal', en: 'normal' };
  if (l >= 50) return { es: 'bastante difícil', en: 'fairly difficult' };
  if (l >= 30) return { es: 'difícil', en: 'difficult' };
  return { es: 'muy difícil', en: 'very difficult' };
}

/** SMOG grade from Spanish counts (the inside of SOL); null with no sentences. */
export function smogFromCounts(c: Pick<CountsEs, 'sentences' | 'polysyllables'>): number | null {
  if (c.sentences === 0) return null;
  return 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;
}

/** SOL grade (Contreras 1999), or null below SOL_MIN_SENTENCES sentences. */
export function sol(c: Pick<CountsEs, 'sentences' | 'polysyllables'>): number | null {
  if (c.sentences < SOL_MIN_SENTENCES) return null;
  const smog = smogFromCounts(c);
  return smog === null ? null : -2.51 + 0.74 * smog;
}

/** Szigriszt-Pazos perspicuity, or null with no words or sentences. */
export function szigrisztPazos(c: Pick<CountsEs, 'sentences' | 'words' | 'syllables'>): number | null {
  if (c.words === 0 || c.sentences === 0) return null;
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** Fernández-Huerta readability (corrected form), or null with no words or sentences. */
export function fernandezHuerta(c: Pick<CountsEs, 'sentences' | 'words' | 'syllables'>): number | null {
  if (c.words === 0 || c.sentences === 0) return null;
  return 206.84 - (60 * c.syllables) / c.words - (1.02 * c.words) / c.sentences;
}

export interface ScoresEs {
  /** SOL grade, or null below SOL_MIN_SENTENCES sentences. */
  readonly sol: number | null;
  /** Szigriszt-Pazos perspicuity (the INFLESZ score), or null with no words. */
  readonly szigrisztPazos: number | null;
  /** The INFLESZ band of that score, or null with no words. */
  readonly inflesz: Band | null;
  /** Fernández-Huerta readability, or null with no words. */
  readonly fernandezHuerta: number | null;
  readonly fernandezHuertaBand: Band | null;
}

export function scoresEs(counts: CountsEs): ScoresEs {
  const p = szigrisztPazos(counts);
  const l = fernandezHuerta(counts);
  return {
    sol: sol(counts),
    szigrisztPazos: p,
    inflesz: p === null ? null : inflesz(p),
    fernandezHuerta: l,
    fernandezHuertaBand: l === null ? null : fernandezHuertaBand(l),
  };
}
