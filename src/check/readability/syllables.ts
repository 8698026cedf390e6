// Syllables per word: the CMU pronouncing dictionary first, then our own table of project words,
// then the `syllable` heuristic. Numerals are counted as spoken and acronyms letter by letter
// (content-standards.md §3.3–3.4: heuristics read "TMEM" as one syllable; it is four).

import { dictionary } from 'cmu-pronouncing-dictionary';
import { syllable } from 'syllable';
import { isAcronym } from '../../model/acronyms.ts';
import { spokenNumber } from './number-words.ts';
import { PROJECT_SYLLABLES } from './project-syllables.ts';

const project: Readonly<Record<string, number>> = PROJECT_SYLLABLES;

/** Where a count came from (tests use this to prove the lookup order). */
export type SyllableSource = 'dictionary' | 'project' | 'letters' | 'number' | 'heuristic' | 'compound';

/** Vowel sounds carry a stress digit in CMU notation ("K IY1 M OW0" → 2). */
const stressedPhones = (phones: string): number => phones.match(/\d/g)?.length ?? 0;


/** Letters said one by one; "W" is "double-u". Digits inside an acronym are said as numbers. */
function spelled(word: string): number {
  let n = 0;
  for (const part of word.match(/[A-Z]|\d+/g) ?? []) {
    n += /\d/.test(part) ? countOne(part).count : part === 'W' ? 3 : 1;
  }
  return n;
}

function countOne(word: string): { count: number; source: SyllableSource } {
  const spoken = spokenNumber(word);
  if (spoken) return { count: spoken.reduce((n, w) => n + stressedPhones(dictionary[w] ?? ''), 0), source: 'number' };
  const key = word.toLowerCase().replace(/[’‘]/g, "'");
  if (isAcronym(word)) return key in project ? { count: project[key]!, source: 'project' } : { count: spelled(word), source: 'letters' };
  const phones = dictionary[key];
  if (phones !== undefined) return { count: stressedPhones(phones), source: 'dictionary' };
  if (key in project) return { count: project[key]!, source: 'project' };
  return { count: Math.max(1, syllable(key)), source: 'heuristic' };
}

/** Syllables of one word with where the count came from; a hyphenated word sums its parts. */
export function syllableInfo(word: string): { count: number; source: SyllableSource } {
  if (!word.includes('-') || spokenNumber(word)) return countOne(word);
  const parts = word.split('-').filter(Boolean).map(countOne);
  const sources = new Set(parts.map((p) => p.source));
  return { count: parts.reduce((n, p) => n + p.count, 0), source: sources.size === 1 ? parts[0]!.source : 'compound' };
}

export const syllableCount = (word: string): number => syllableInfo(word).count;
