// How the claim words are matched, in every language: whole words (letters or digits on either
// side mean we are inside a longer word: src/model/word-edge.ts), case-insensitive, accents folded
// on both sides (src/model/fold.ts: the checker reads a Spanish deck's text folded, so "provocó"
// and "provoco" are one word to a pattern).

import { foldAccents } from '../../model/fold.ts';
import { EDGE_AFTER, EDGE_BEFORE } from '../../model/word-edge.ts';

/** Whole-word alternatives (regex source allowed inside each), case-insensitive, Unicode, accents folded. */
export const anyOf = (...alternatives: readonly string[]): RegExp => new RegExp(`${EDGE_BEFORE}(?:${foldAccents(alternatives.join('|'))})${EDGE_AFTER}`, 'iu');

const copies = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * `re` with other flags, made once per pattern and flags (the claim rules ask for copies of the
 * same patterns for every clause of every sentence; building a Unicode RegExp is the slow part).
 * Shared, so only for uses that leave lastIndex at 0: matchAll (which works on a clone, starting
 * at the pattern's lastIndex, so never exec or test a global copy), replace and search, or exec
 * and test on a copy without the g and y flags (which ignore lastIndex).
 */
export function withFlags(re: RegExp, flags: string): RegExp {
  let byFlags = copies.get(re);
  if (!byFlags) copies.set(re, (byFlags = new Map()));
  let copy = byFlags.get(flags);
  if (!copy) byFlags.set(flags, (copy = new RegExp(re.source, flags)));
  return copy;
}

/** The same, finding every match (for matchAll, replace and search only: see withFlags). */
export const everyOf = (re: RegExp): RegExp => withFlags(re, `${re.flags.replace('g', '')}g`);

/** The same, first match only (for exec and test). */
export const firstOf = (re: RegExp): RegExp => withFlags(re, re.flags.replace(/[gy]/g, ''));
