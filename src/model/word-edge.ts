// Where a word begins and ends, for every pattern that finds whole words: the claim words
// (src/check/claims/match.ts), the phrase lists (src/check/phrases.ts) and the fact registry's own
// patterns (slides/es/facts.ts). Letters or digits on either side of a match mean it is inside a
// longer word ("secure" is not "cure"); JavaScript's \b is ASCII-only and splits "provocó".

/**
 * The blocks whose letters and digits make a word edge: Latin with its accents (U+0000–024F,
 * U+1E00–1EFF), Greek (for names like "β"), and superscript, subscript and fraction digits.
 * English and Spanish are written in them; the real decks use nothing else
 * (tests/check/word-edge.test.ts checks that). A letter of another script (Cyrillic, Arabic,
 * Chinese) beside a match is read as a word edge.
 */
export const WORD_BLOCKS: readonly (readonly [number, number])[] = [[0x0000, 0x024f], [0x0370, 0x03ff], [0x1e00, 0x1eff], [0x2070, 0x209f], [0x2150, 0x218f]];

/**
 * Unicode's letters and numbers (\p{L}, \p{N}) in WORD_BLOCKS, as a character-class body of
 * ranges, derived from \p{L}\p{N} once. Not the property class itself: V8 builds a Unicode
 * property class anew in every pattern that has one (about 0.28 ms an edge on this 2-core machine,
 * against 0.035 ms for these 27 ranges), and a check compiled about 1,500 edges: about 0.2 s of
 * CPU per `npm run check`.
 */
export const LETTER_OR_DIGIT: string = (() => {
  const isLetterOrDigit = /[\p{L}\p{N}]/u;
  const ranges: [number, number][] = [];
  for (const [first, last] of WORD_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      if (!isLetterOrDigit.test(String.fromCodePoint(cp))) continue;
      const open = ranges.at(-1);
      if (open && open[1] === cp - 1) open[1] = cp;
      else ranges.push([cp, cp]);
    }
  }
  const hex = (cp: number) => `\\u${cp.toString(16).padStart(4, '0')}`;
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
})();

export const EDGE_BEFORE = `(?<![${LETTER_OR_DIGIT}])`;
export const EDGE_AFTER = `(?![${LETTER_OR_DIGIT}])`;
