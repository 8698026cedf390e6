// Spanish syllables per word, by the RAE's orthographic rules (Ortografía 2010 §1.6; DPD
// "diptongo", "hiato", "triptongo"), for SOL, Szigriszt-Pazos/INFLESZ and Fernández-Huerta.
//
// Why hand-written: no maintained JS package counts Spanish syllables correctly. The brief
// (spanish-edition.md §2.2–2.4) measured that hyphenation patterns (`hyphen/es`, Pyphen in
// textstat) undercount by about 10 % because hyphenation never splits a hiatus ("día" = 1,
// "creer" = 1), which inflates INFLESZ and Fernández-Huerta by about 11 points. `silabea` counts
// well but is unmaintained, ships mocha and chai as runtime dependencies and spells no acronym,
// so it is only our test oracle (tests/check/spanish-readability.test.ts).
//
// The rules, in the order a word goes through them:
//  1. A numeral is counted as spoken (numbers.ts): "2017" = dos mil diecisiete = 6.
//  2. An abbreviation or unit is counted as the full word (abbreviations.ts): "Dra" = doctora = 3.
//  3. A project word or acronym said as a word (project-syllables.ts): ASCO = as-co = 2.
//  4. Another acronym is spelled with Spanish letter names (letters.ts): TMEM = te-eme-e-eme = 6.
//  5. Anything else by the spelling rules below. A hyphenated word sums its parts.
// Spelling rules: vowels a e o are strong, i u ü weak. Two vowels share a syllable (diphthong)
// when one is strong and the other an unstressed weak vowel (cau-sa, cie-lo), or when both are
// different weak vowels, with or without an accent (ciu-dad, cuí-da-te). They are split (hiatus)
// when both are strong (po-e-ta, a-é-re-o), equal (cre-er, zo-o, chi-i-ta) or when a weak vowel
// next to a strong one carries the accent (dí-a, pa-ís, re-ú-ne, o-í-do). Weak + strong + weak
// is one syllable (triphthong: buey, U-ru-guay, es-tu-diáis). An h between vowels changes
// nothing (ahu-ma-do, prohi-bir; pro-hí-ben). Final y, and y before a consonant, is a vowel
// (hoy, muy, rey). The u of que/qui/gue/gui is silent (que-so, gui-so, guion = 1); ü is spoken
// (pin-güi-no). Orthographic rules count "guion", "truhan" and "huir" as one syllable where
// some speakers say two; the DPD accepts the orthographic count, and the error is small.

import { spokenAbbreviationEs } from './abbreviations.ts';
import { isAcronymEs, LETTER_NAMES_ES } from './letters.ts';
import { spokenNumberEs } from './numbers.ts';
import { PROJECT_SYLLABLES_ES } from './project-syllables.ts';

const project: Readonly<Record<string, number>> = PROJECT_SYLLABLES_ES;

type VowelKind = 'strong' | 'weak' | 'stressed-weak';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'à', 'è', 'ò']);
const WEAK = new Set(['i', 'u', 'ü', 'y']);
const STRESSED_WEAK = new Set(['í', 'ú', 'ì', 'ù', 'ï']);

const isVowelLetter = (c: string | undefined): boolean => c !== undefined && (STRONG.has(c) || WEAK.has(c) || STRESSED_WEAK.has(c));

/** The base letter of a weak vowel, so "í" and "i" count as equal ("chiíta") but "i" and "u" do not. */
const weakBase = (c: string): string => ({ í: 'i', ì: 'i', ï: 'i', y: 'i', ú: 'u', ù: 'u', ü: 'u' })[c] ?? c;

const MARK = /\p{M}/gu;

function foreignVowel(c: string): string | undefined {
  const base = c.normalize('NFD').replace(MARK, '');
  return base !== c && 'aeiou'.includes(base) && base.length === 1 ? base : undefined;
}

/** One letter or digraph of a word, with its role in syllables. */
interface Unit {
  readonly text: string;
  /** Undefined for consonants (including silent-u groups "qu", "gu" and the digraphs ch, ll, rr). */
  readonly vowel: VowelKind | undefined;
}

function vowelKind(c: string): VowelKind {
  if (STRONG.has(c)) return 'strong';
  if (STRESSED_WEAK.has(c)) return 'stressed-weak';
  return 'weak';
}

/** Splits a lowercase NFC word into letters and digraphs, deciding silent u and vowel y. */
function units(word: string): Unit[] {
  const chars = [...word];
  const out: Unit[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    const next = chars[i + 1];
    const afterNext = chars[i + 2];
    // qu + e/i and gu + e/i: the u is not pronounced ("queso", "guerra", "guion").
    if ((c === 'q' || c === 'g') && next === 'u' && afterNext !== undefined && 'eéiíèì'.includes(afterNext)) {
      out.push({ text: c + next, vowel: undefined });
      i += 1;
      continue;
    }
    if ((c === 'c' && next === 'h') || (c === 'l' && next === 'l') || (c === 'r' && next === 'r')) {
      out.push({ text: c + next, vowel: undefined });
      i += 1;
      continue;
    }
    // y is a consonant before a vowel ("ayer", "yo"), a vowel otherwise ("hoy", "muy", "y").
    if (c === 'y') {
      out.push({ text: c, vowel: isVowelLetter(next) ? undefined : 'weak' });
      continue;
    }
    // A vowel with a mark Spanish does not use ("â", "ö" in a name) is read as the plain vowel.
    const v = isVowelLetter(c) ? c : foreignVowel(c);
    out.push({ text: v ?? c, vowel: v === undefined ? undefined : vowelKind(v) });
  }
  return out;
}

/** Whether two adjacent vowels (letters a, b) can share a syllable. */
function joinable(a: string, b: string): boolean {
  const ka = vowelKind(a);
  const kb = vowelKind(b);
  const weakA = ka !== 'strong';
  const weakB = kb !== 'strong';
  // Two weak vowels: a diphthong unless they are the same vowel (RAE counts "cuídate", "construí").
  if (weakA && weakB) return weakBase(a) !== weakBase(b);
  // Two strong vowels: always a hiatus.
  if (!weakA && !weakB) return false;
  // Strong + weak: a diphthong only if the weak vowel is unstressed.
  return (weakA ? ka : kb) === 'weak';
}

/** A nucleus may hold at most one strong vowel, and three vowels only as weak + strong + weak. */
function validNucleus(vowels: readonly string[]): boolean {
  const strong = vowels.filter((v) => vowelKind(v) === 'strong').length;
  if (strong > 1 || vowels.length > 3) return false;
  if (vowels.length === 3) return strong === 1 && vowelKind(vowels[1]!) === 'strong';
  return true;
}

/**
 * Groups the vowels of a word into syllable nuclei. Returns, for each nucleus, the indexes of
 * its first and last unit (an h between the vowels of one nucleus stays inside it: "prohi").
 */
function nuclei(us: readonly Unit[]): Array<[number, number]> {
  const out: number[][] = [];
  const letter = (i: number): string => us[i]!.text;
  let previousVowel = -1;
  for (let i = 0; i < us.length; i += 1) {
    if (us[i]!.vowel === undefined) continue;
    const current = out.at(-1);
    // Adjacent, or separated only by one h ("ahu-ma-do", "pro-hí-ben").
    const adjacent = previousVowel >= 0 && (i === previousVowel + 1 || (i === previousVowel + 2 && letter(i - 1) === 'h'));
    previousVowel = i;
    if (current && adjacent && joinable(letter(current.at(-1)!), letter(i))) {
      const vowels = [...current, i].map(letter);
      if (validNucleus(vowels)) {
        current.push(i);
        continue;
      }
      // strong + weak, then another strong ("cacahuate"): the weak vowel goes with the next
      // strong vowel as a rising diphthong (ca-ca-hua-te), the RAE's split.
      const moved = current.at(-1)!;
      if (current.length >= 2 && us[moved]!.vowel === 'weak') {
        current.pop();
        out.push([moved, i]);
        continue;
      }
    }
    out.push([i]);
  }
  return out.map((n) => [n[0]!, n.at(-1)!]);
}

/** Consonant pairs that always begin a syllable together (pl, br, tr…; tl as in Mexico: a-tlas). */
const ONSET_CLUSTERS = new Set(['pl', 'bl', 'cl', 'gl', 'fl', 'kl', 'tl', 'pr', 'br', 'cr', 'gr', 'fr', 'kr', 'tr', 'dr']);

/** How many of the consonants between two nuclei begin the next syllable. */
function onsetLength(consonants: readonly string[]): number {
  const n = consonants.length;
  if (n <= 1) return n;
  const lastTwo = consonants.slice(-2).join('');
  if (ONSET_CLUSTERS.has(lastTwo)) return 2;
  return 1;
}

/** Letters of a plain word (lowercase, NFC) split into syllables by the rules above. */
function syllabifyLetters(word: string): string[] {
  const us = units(word);
  const ns = nuclei(us);
  if (ns.length === 0) return word ? [word] : [];
  const starts = [0];
  for (let k = 1; k < ns.length; k += 1) {
    const end = ns[k - 1]![1];
    const begin = ns[k]![0];
    const between = us.slice(end + 1, begin).map((u) => u.text);
    starts.push(begin - onsetLength(between));
  }
  return starts.map((s, k) => us.slice(s, starts[k + 1] ?? us.length).map((u) => u.text).join(''));
}

/** Where a count came from (tests use this to prove the lookup order). */
export type SyllableSourceEs = 'number' | 'abbreviation' | 'project' | 'letters' | 'rules' | 'compound';

/** A token with no vowel at all ("mg", "pst"): said letter by letter. */
const hasVowel = (w: string): boolean => units(w).some((u) => u.vowel !== undefined);

function spelledSyllables(word: string): number {
  let n = 0;
  for (const part of word.match(/\p{L}|\d+/gu) ?? []) {
    if (/\d/.test(part)) n += countOne(part).count;
    else for (const w of (LETTER_NAMES_ES[part.toLowerCase()] ?? part).split(' ')) n += syllabifyLetters(w).length;
  }
  return n;
}

function countOne(token: string): { count: number; source: SyllableSourceEs } {
  const word = token.normalize('NFC').replace(/[’‘']/g, '');
  const spoken = spokenNumberEs(word);
  if (spoken) return { count: spoken.reduce((n, w) => n + syllabifyLetters(w).length, 0), source: 'number' };
  const expanded = spokenAbbreviationEs(word);
  if (expanded !== undefined) return { count: expanded.toLowerCase().split(' ').reduce((n, w) => n + syllabifyLetters(w).length, 0), source: 'abbreviation' };
  const key = word.toLowerCase();
  if (key in project) return { count: project[key]!, source: 'project' };
  if (isAcronymEs(word)) return { count: spelledSyllables(word), source: 'letters' };
  // Letters with digits inside ("Tie2"): each run by itself.
  if (/\d/.test(key)) {
    const parts = key.match(/\p{L}+|\d+/gu) ?? [];
    return { count: parts.reduce((n, p) => n + countOne(p).count, 0), source: 'compound' };
  }
  const letters = key.replace(/[^\p{L}]/gu, '');
  if (!letters) return { count: 0, source: 'rules' };
  if (!hasVowel(letters)) return { count: spelledSyllables(letters), source: 'letters' };
  return { count: syllabifyLetters(letters).length, source: 'rules' };
}

/** Syllables of one word with where the count came from; a hyphenated word sums its parts. */
export function syllableInfoEs(word: string): { count: number; source: SyllableSourceEs } {
  const w = word.normalize('NFC');
  if (!/[-\u2011]/.test(w)) return countOne(w);
  const parts = w.split(/[-\u2011]/).filter(Boolean).map(countOne);
  const sources = new Set(parts.map((p) => p.source));
  return { count: parts.reduce((n, p) => n + p.count, 0), source: sources.size === 1 ? parts[0]!.source : 'compound' };
}

/** Syllables of one Spanish word, as read aloud (see the rules at the top of this file). */
export const syllablesEs = (word: string): number => syllableInfoEs(word).count;

/**
 * A plain Spanish word split into its orthographic syllables ("quimioterapia" → qui-mio-te-ra-pia).
 * Letters only: numerals, abbreviations and acronyms are counted by syllablesEs, not split here.
 */
export const syllabifyEs = (word: string): string[] => syllabifyLetters(word.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, ''));
