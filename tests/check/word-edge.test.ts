// The word edge (src/model/word-edge.ts) of the claim words, the phrase lists and the fact registry's patterns: letters and digits of the blocks
// English and Spanish are written in, derived from Unicode's \p{L}\p{N}. Within those blocks it
// must be exactly Unicode's letters and digits; the real decks must use no letter outside them
// (where the edge would read a letter as a word edge); and what it matches is a whole word.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/check/claims/match.ts';
import { EDGE_AFTER, EDGE_BEFORE, LETTER_OR_DIGIT, WORD_BLOCKS } from '../../src/model/word-edge.ts';
import { PROJECT_ROOT } from '../../src/load/project-root.ts';

const inClass = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');
const unicode = /[\p{L}\p{N}]/u;
const inBlocks = (cp: number) => WORD_BLOCKS.some(([a, b]) => cp >= a && cp <= b);

describe('the word edge', () => {
  it('is exactly Unicode’s letters and digits in every code point of its blocks, and nothing outside them', () => {
    const wrong: string[] = [];
    for (const [first, last] of WORD_BLOCKS) {
      for (let cp = first; cp <= last; cp++) {
        const c = String.fromCodePoint(cp);
        if (inClass.test(c) !== unicode.test(c)) wrong.push(`U+${cp.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Outside the blocks it holds nothing, letter or not (Cyrillic, Chinese, the emoji range).
    for (const c of ['ж', '中', 'ا', '\u{1F600}']) expect(inClass.test(c)).toBe(false);
  });

  it('knows every letter and digit the real decks use (slides/, slides/es/, the figures)', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'slides'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svg)$/.test(f));
    expect(files.length).toBeGreaterThan(40);
    const unknown = new Map<string, string>();
    for (const file of files) {
      for (const c of readFileSync(join(PROJECT_ROOT, 'slides', file), 'utf8')) {
        if (unicode.test(c) && !inBlocks(c.codePointAt(0)!)) unknown.set(c, file);
      }
    }
    // A letter of another script next to a claim word would read as a word edge: add its block to
    // WORD_BLOCKS (each block costs the checker a little time on every pattern).
    expect([...unknown].map(([c, file]) => `${c} in slides/${file}`)).toEqual([]);
  });

  it('matches whole words only, accented, Greek or with a superscript digit beside them', () => {
    const cure = anyOf('cure');
    expect(cure.test('a cure.')).toBe(true);
    expect(cure.test('Cure, for some')).toBe(true);
    expect(cure.test('a secure place')).toBe(false);
    expect(cure.test('curés')).toBe(false);
    expect(cure.test('écure')).toBe(false);
    expect(cure.test('βcure')).toBe(false);
    expect(cure.test('cure²')).toBe(false);
    expect(cure.test('cure2')).toBe(false);
    expect(cure.test('(cure)')).toBe(true);
    expect(cure.test('“cure”')).toBe(true);
    expect(cure.test('cure—and')).toBe(true);
    // The trade, written down: a letter of a script outside the blocks is read as an edge.
    expect(new RegExp(`${EDGE_BEFORE}cure${EDGE_AFTER}`, 'iu').test('жcure')).toBe(true);
  });
});
