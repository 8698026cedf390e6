// The first invalid byte of a file that is not UTF-8 (src/load/utf8.ts): the platform's decoder
// decides, the offset names the byte that starts the broken sequence (as the located message does).

import { describe, expect, it } from 'vitest';
import { firstInvalidByte } from '../../src/load/utf8.ts';

const at = (...bytes: number[]) => firstInvalidByte(new Uint8Array(bytes));
const text = (s: string) => [...new TextEncoder().encode(s)];

describe('firstInvalidByte', () => {
  it('is -1 for UTF-8, accents and emoji included', () => {
    expect(at(...text('café — naïve 👍'))).toBe(-1);
    expect(at()).toBe(-1);
  });

  it('names a Latin-1 letter where UTF-8 expects a continuation', () => {
    // "caf" + 0xE9 ("é" in Latin-1) + " au lait"
    expect(at(...text('caf'), 0xe9, ...text(' au lait'))).toBe(3);
    expect(at(...text('x'), 0xc3, 0x28)).toBe(1); // a lead byte broken by ASCII
  });

  it('names a stray continuation byte, a byte UTF-8 never uses, and a sequence cut off at the end', () => {
    expect(at(...text('ab'), 0x80)).toBe(2);
    expect(at(0xff)).toBe(0);
    expect(at(...text('a'), 0xc0, 0xaf)).toBe(1); // overlong
    expect(at(...text('ok '), 0xe2, 0x82)).toBe(3); // "€" without its last byte
  });

  it('rejects overlong forms, surrogates and code points past U+10FFFF at their lead byte', () => {
    expect(at(0x61, 0xe0, 0x80, 0x80)).toBe(1);
    expect(at(0x61, 0xed, 0xa0, 0x80)).toBe(1);
    expect(at(0x61, 0xf4, 0x90, 0x80, 0x80)).toBe(1);
    expect(at(0x61, 0xf0, 0x9f, 0x91, 0x8d, 0x62, 0xe9)).toBe(6);
  });
});
