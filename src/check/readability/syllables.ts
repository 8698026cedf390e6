// Syllables per word: the CMU pronouncing dictionary first, then our own table of project words,
// then the `syllable` heuristic. Numerals are counted as spoken and acronyms letter by letter
// (content-standards.md §3.3–3.4: heuristics read "TMEM" as one syllable; it is four).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { syllable } from 'syllable';
import { isAcronym } from '../../model/acronyms.ts';
import { spokenNumber } from './number-words.ts';
import { PROJECT_SYLLABLES } from './project-syllables.ts';

const project: Readonly<Record<string, number>> = PROJECT_SYLLABLES;

/**
 * The CMU pronouncing dictionary (about 135,000 words → phones). The package is one 4.7 MB
 * JavaScript file, `export const dictionary = {…}`, whose object is JSON: importing it makes V8
 * compile the literal (about 0.3 s of every `npm run check`, and of every test file that counts
 * syllables), while JSON.parse reads the same text in half that (issue 21). Read by hand because
 * no loader reads a module's literal as data; tests/check/readability.test.ts holds the result
 * equal to the package's own export. A file of any other shape is refused by name.
 */
export function parseDictionary(text: string, file: string): Readonly<Record<string, string>> {
  const start = text.indexOf('export const dictionary = {');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error(`${file}: not the CMU pronouncing dictionary this project reads ("export const dictionary = {…}"). Reinstall the pinned version (npm ci).`);
  return JSON.parse(text.slice(text.indexOf('{', start), end + 1)) as Record<string, string>;
}

function readDictionary(): Readonly<Record<string, string>> {
  const file = createRequire(import.meta.url).resolve('cmu-pronouncing-dictionary');
  return parseDictionary(readFileSync(file, 'utf8'), file);
}

/** Read on the first word counted, not when a command that never counts loads this module. */
let cmu: Readonly<Record<string, string>> | undefined;
export const cmuDictionary = (): Readonly<Record<string, string>> => (cmu ??= readDictionary());

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
  if (spoken) return { count: spoken.reduce((n, w) => n + stressedPhones(cmuDictionary()[w] ?? ''), 0), source: 'number' };
  const key = word.toLowerCase().replace(/[’‘]/g, "'");
  if (isAcronym(word)) return key in project ? { count: project[key]!, source: 'project' } : { count: spelled(word), source: 'letters' };
  const phones = cmuDictionary()[key];
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
