// Readability scores from our own counts. The formulas are the `words/*` packages (pure functions
// of counts, with correct coefficients); we never let a package segment or round for us.

import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { rememberByText } from '../../model/remember.ts';
import { words } from './segment.ts';
import { syllableCount } from './syllables.ts';

/** SMOG was normed on 30-sentence samples; below that we report "insufficient sample". */
export const SMOG_MIN_SENTENCES = 30;

// A type alias (not an interface) so it fits the formula packages' index-signature parameter.
export type Counts = {
  readonly sentence: number;
  readonly word: number;
  readonly syllable: number;
  /** Words of three or more syllables (the packages' spelling). */
  readonly polysillabicWord: number;
};

/** One sentence's counts. */
type SentenceCounts = { readonly word: number; readonly syllable: number; readonly polysillabicWord: number };

// Counted once per sentence text: every readability rule, the report and the handout score the
// same sentences (per slide, per part, the whole deck), and the counts depend on nothing else.
const countOneSentence = rememberByText((sentence: string): SentenceCounts => {
  let word = 0;
  let syllable = 0;
  let polysillabicWord = 0;
  for (const w of words(sentence)) {
    const n = syllableCount(w);
    word += 1;
    syllable += n;
    if (n >= 3) polysillabicWord += 1;
  }
  return { word, syllable, polysillabicWord };
});

export function countSentences(sentences: readonly string[]): Counts {
  let word = 0;
  let syllable = 0;
  let polysillabicWord = 0;
  for (const sentence of sentences) {
    const c = countOneSentence(sentence);
    word += c.word;
    syllable += c.syllable;
    polysillabicWord += c.polysillabicWord;
  }
  return { sentence: sentences.length, word, syllable, polysillabicWord };
}

export interface Scores {
  /** SMOG grade, or null when there are fewer than SMOG_MIN_SENTENCES sentences. */
  readonly smog: number | null;
  /** Flesch-Kincaid grade level, or null with no words. */
  readonly fleschKincaidGrade: number | null;
  /** Flesch reading ease (higher is easier), or null with no words. */
  readonly fleschReadingEase: number | null;
}

const orNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

export function scores(counts: Counts): Scores {
  return {
    smog: counts.sentence >= SMOG_MIN_SENTENCES ? orNull(smogFormula(counts)) : null,
    fleschKincaidGrade: orNull(fleschKincaid(counts)),
    fleschReadingEase: orNull(flesch(counts)),
  };
}
