// The numbers in a sentence, and whether each is a number of a fact the sentence cites, shown the
// way the fact allows. Hand-written because no library reads "38 in 100", "about 25,000", "two
// dozen", "tripled" and "B-18" the way a patient-education deck means them; the word lists are in
// words.ts.

import type { FactNumber } from '../../model/facts.ts';
import { per100 } from '../../model/numbers.ts';
import { rememberByText } from '../../model/remember.ts';
import { everyOf, withFlags } from './match.ts';
import type { ClaimWords } from './words.ts';

export type NumberToken =
  | { readonly kind: 'per-100'; readonly value: number; readonly bound?: 'below' | 'above'; readonly text: string; readonly at: number }
  | { readonly kind: 'percent'; readonly value: number; readonly text: string; readonly at: number }
  | { readonly kind: 'relative'; readonly value?: number; readonly text: string; readonly at: number }
  /** A month named in a date ("July 2017"): 1–12. */
  | { readonly kind: 'month'; readonly value: number; readonly text: string; readonly at: number }
  /** A date written in numbers ("7/5/2017", "2017-07-05"): never a claim's form (en-US reads it month first, es-US day first). */
  | { readonly kind: 'numeric-date'; readonly text: string; readonly at: number }
  /** "thousands of women": at least `value`, less than a thousand times it. */
  | { readonly kind: 'vague'; readonly value: number; readonly text: string; readonly at: number }
  /** A count, a year, a length of time; `words` when written in words ("twenty"). */
  | {
      readonly kind: 'plain';
      readonly value: number;
      readonly words: boolean;
      readonly text: string;
      readonly at: number;
      readonly fractionOf?: number;
      /** "one" on its own: too common to be a claim unless it counts what a fact measures ("one kind of mouse"). */
      readonly weak?: boolean;
    };

/** Names that contain digits ("B-18", "HER2", "E2197", "NCT02824575") and ordinals ("3rd"): not quantities. */
const NAME_WITH_DIGITS = /[\p{L}]+-?\d[\p{L}\d]*|\d+(?:st|nd|rd|th)(?![\p{L}])|(?<![\p{L}\p{N}])\d[a-z](?![\p{L}\p{N}])/gu;
/** Day, month and year in numbers, either order, or ISO. */
const NUMERIC_DATE = /(?<![\p{N}\/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\p{N}\/-])/gu;
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\u00a0\d{3})+|\d+(?:\.\d+)?/g;

const blank = (text: string, start: number, end: number): string => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
const parseDigits = (s: string): number => Number(s.replace(/[,\u00a0]/g, ''));

/** A spelled-out number starting at word `i` of `tokens`: its value and how many words it took. */
function spelled(tokens: readonly string[], i: number, w: ClaimWords['numbers']): { value: number; length: number } | undefined {
  const word = (k: number) => tokens[k]?.toLowerCase();
  let value = 0;
  let k = i;
  const first = word(k);
  if (first === undefined) return undefined;
  if (first === w.article && word(k + 1) !== undefined && word(k + 1)! in w.scales) {
    return { value: w.scales[word(k + 1)!]!, length: 2 };
  }
  const small = (t: string | undefined): number | undefined => {
    if (t === undefined) return undefined;
    if (t in w.units) return w.units[t];
    if (t in w.tens) return w.tens[t];
    const [tens, unit] = t.split('-');
    if (tens && unit && tens in w.tens && unit in w.units && w.units[unit]! < 10) return w.tens[tens]! + w.units[unit]!;
    return undefined;
  };
  const base = small(first);
  if (base === undefined) return undefined;
  value = base;
  k += 1;
  const next = word(k);
  if (next !== undefined && next in w.units && value >= 20 && value % 10 === 0 && w.units[next]! < 10) {
    value += w.units[next]!;
    k += 1;
  } else if (w.joiner !== null && next === w.joiner && value >= 30 && value % 10 === 0 && word(k + 1) !== undefined && word(k + 1)! in w.units && w.units[word(k + 1)!]! < 10) {
    // "treinta y cinco"
    value += w.units[word(k + 1)!]!;
    k += 2;
  }
  while (word(k) !== undefined && word(k)! in w.scales) {
    value *= w.scales[word(k)!]!;
    k += 1;
  }
  // "four and a half", "cuatro y medio"
  if (w.half.every((h, j) => word(k + j) === h)) {
    value += 0.5;
    k += w.half.length;
  }
  return { value, length: k - i };
}

// Vague amounts ("a few", "dozens of"), one pattern per language's words, made once.
const vagueCache = new WeakMap<ClaimWords['numbers'], RegExp>();
function vagueWords(w: ClaimWords['numbers']): RegExp {
  let re = vagueCache.get(w);
  if (!re) vagueCache.set(w, (re = new RegExp(String.raw`(?<![\p{L}])(${w.vagueOf.pattern})?(${Object.keys(w.vague).join('|')})(?![\p{L}])`, 'giu')));
  return re;
}

const monthCache = new WeakMap<ClaimWords, RegExp>();
function monthDates(words: ClaimWords): RegExp {
  let re = monthCache.get(words);
  if (!re) monthCache.set(words, (re = words.numbers.monthDate(words.months.join('|'))));
  return re;
}

// Read once per sentence and language: claim-numbers, claim-bound and the translation check all
// ask for the same sentences' numbers, on every edition. Shared, so read-only.
const readers = new WeakMap<ClaimWords, (sentence: string) => readonly NumberToken[]>();

/** Every number in a sentence, in order. */
export function numberTokens(sentence: string, words: ClaimWords): readonly NumberToken[] {
  let reader = readers.get(words);
  if (!reader) readers.set(words, (reader = rememberByText((text) => Object.freeze(readNumbers(text, words)))));
  return reader(sentence);
}

function readNumbers(sentence: string, words: ClaimWords): NumberToken[] {
  const w = words.numbers;
  const found: NumberToken[] = [];
  let text = sentence.replace(NAME_WITH_DIGITS, (m) => ' '.repeat(m.length));
  const take = (re: RegExp, make: (m: RegExpExecArray) => NumberToken | NumberToken[] | undefined) => {
    const global = re.flags.includes('g') ? withFlags(re, re.flags) : everyOf(re);
    for (const m of [...text.matchAll(global)]) {
      const made = make(m as RegExpExecArray);
      if (made === undefined) continue;
      found.push(...(Array.isArray(made) ? made : [made]));
      text = blank(text, m.index!, m.index! + m[0].length);
    }
  };
  take(NUMERIC_DATE, (m) => ({ kind: 'numeric-date', text: m[0], at: m.index }));
  take(w.per100, (m) => ({ kind: 'per-100', value: Number(m[2]), ...(m[1] ? { bound: w.above.test(m[1]) ? 'above' : 'below' } : {}), text: m[0], at: m.index }));
  text = text.replace(withFlags(w.perHundred, w.perHundred.flags), (m) => ' '.repeat(m.length));
  take(w.percent, (m) => ({ kind: 'percent', value: Number(m[1]), text: m[0], at: m.index }));
  take(w.relative, (m) => {
    const lead = /^(\d+(?:\.\d+)?)|^([\p{L}]+)/u.exec(m[0]);
    const word = lead?.[2]?.toLowerCase();
    const value = lead?.[1] ? Number(lead[1]) : word === 'twice' || word?.startsWith('doubl') ? 2 : word?.startsWith('tripl') ? 3 : word && word in w.units ? w.units[word] : undefined;
    return { kind: 'relative', ...(value === undefined ? {} : { value }), text: m[0], at: m.index };
  });
  const vague = vagueWords(w);
  take(vague, (m) => {
    const times = m[1] ? (w.vagueOf.tens.test(m[1]) ? 10 : 100) : 1;
    return { kind: 'vague', value: w.vague[m[2]!.toLowerCase()]! * times / 2, text: m[0], at: m.index };
  });
  // A month in a date: "July 2017", "5 July 2017", "July 5, 2017", "November 2024".
  const monthRe = monthDates(words);
  take(monthRe, (m) => ({ kind: 'month', value: words.months.indexOf(m[1]!.toLowerCase()) + 1, text: m[0], at: m.index }));
  take(w.fraction, (m) => {
    const read = (s: string) => (/\d/.test(s) ? parseDigits(s) : (w.units[s.toLowerCase()] ?? w.tens[s.toLowerCase()]));
    const numerator = read(m[1]!);
    const denominator = read(m[2]!);
    if (numerator === undefined || denominator === undefined) return undefined;
    return [
      { kind: 'plain', value: numerator, words: !/\d/.test(m[1]!), text: m[0], at: m.index, fractionOf: denominator },
      { kind: 'plain', value: denominator, words: !/\d/.test(m[2]!), text: m[0], at: m.index },
    ];
  });
  take(DIGITS, (m) => ({ kind: 'plain', value: parseDigits(m[0]), words: false, text: m[0], at: m.index }));
  // Words: "twenty", "two dozen", "four and a half". "One" alone is too common to be a count.
  const wordRe = /[\p{L}]+(?:-[\p{L}]+)?/gu;
  const tokens = [...text.matchAll(wordRe)];
  const list = tokens.map((t) => t[0]);
  for (let i = 0; i < tokens.length; i++) {
    const got = spelled(list, i, w);
    if (!got) continue;
    const start = tokens[i]!.index!;
    const last = tokens[i + got.length - 1]!;
    const end = last.index! + last[0].length;
    const phrase = text.slice(start, end);
    i += got.length - 1;
    if (got.value <= 10 && w.discourse.test(text.slice(end))) continue;
    const both = got.value === 2 && got.length === 1 && w.both !== null && w.both.test(text.slice(0, start));
    found.push({ kind: 'plain', value: got.value, words: true, text: phrase, at: start, ...((got.length === 1 && w.weak.includes(phrase.toLowerCase())) || both ? { weak: true } : {}) });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Why a number is not one the cited facts allow (undefined when it is). */
export function numberProblem(token: NumberToken, numbers: readonly FactNumber[], before: string, words: ClaimWords): string | undefined {
  switch (token.kind) {
    case 'numeric-date':
      return `writes a date in numbers ("${token.text}"), which readers in different countries read differently: write it out, as the fact gives it ("July 2017", "julio de 2017")`;
    case 'relative':
      if (token.value !== undefined && numbers.some((n) => n.unit === 'times' && n.value === token.value)) return undefined;
      return `gives a relative number ("${token.text}"), which none of the facts it cites has: say how many out of how many`;
    case 'vague': {
      const ok = numbers.some((n) => n.unit === 'count' && (n.shown ?? n.value) >= token.value && (n.shown ?? n.value) < token.value * 1000);
      return ok ? undefined : `says "${token.text}", but none of the facts it cites counts that many`;
    }
    case 'month':
      return numbers.some((n) => n.unit === 'month' && n.value === token.value) ? undefined : `names the month "${token.text}", which is not the month of the facts it cites`;
    case 'per-100': {
      const ok = numbers.some((n) => n.unit === 'per-100' && per100(n.value).whole === token.value && per100(n.value).bound === token.bound);
      return ok ? undefined : `says "${token.text}", which is not a number of the facts it cites`;
    }
    case 'percent': {
      if (numbers.some((n) => n.unit === 'percent' && Math.round(n.value) === token.value)) return undefined;
      const share = numbers.find((n) => n.unit === 'per-100' && (per100(n.value).whole === token.value || n.value === token.value));
      if (share) return `says "${token.text}": the fact shows it as "${per100(share.value).whole} in 100"`;
      return `says "${token.text}", which is not a number of the facts it cites`;
    }
    case 'plain': {
      if (token.weak) return undefined;
      const match = numbers.find((n) => (n.unit !== 'per-100' && n.unit !== 'percent' && n.unit !== 'month' && (n.value === token.value || n.shown === token.value)) || (n.unit === 'per-100' && per100(n.value).whole === token.value));
      if (!match) {
        const of = token.fractionOf !== undefined ? ` of ${token.fractionOf}` : '';
        return `says "${token.text}" (${token.value}${of}), which is not a number of the facts it cites`;
      }
      if (token.words && token.value > 10) return `writes the number ${token.value} in words ("${token.text}"): write it in digits, as the fact shows it`;
      const approximate = match.approx === true && (match.shown === undefined || match.shown === token.value);
      if (approximate && !words.approximate.test(before)) return `says ${token.text} without "about": the fact gives it as approximate`;
      return undefined;
    }
  }
}
