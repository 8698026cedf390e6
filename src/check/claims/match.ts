// How the claim words are matched, in every language: whole words with Unicode edges (letters or
// digits on either side mean we are inside a longer word; JavaScript's \b is ASCII-only and breaks
// on accented words), case-insensitive, accents folded on both sides (src/model/fold.ts: the
// checker reads a Spanish deck's text folded, so "provocó" and "provoco" are one word to a pattern).

import { foldAccents } from '../../model/fold.ts';

export const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** Whole-word alternatives (regex source allowed inside each), case-insensitive, Unicode, accents folded. */
export const anyOf = (...alternatives: readonly string[]): RegExp => new RegExp(`${EDGE_BEFORE}(?:${foldAccents(alternatives.join('|'))})${EDGE_AFTER}`, 'iu');

/** The same, finding every match. */
export const everyOf = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace('g', '')}g`);
