// rememberByText (src/model/remember.ts): what the checker and the compiler compute from a text
// is computed once per text, and the store stays bounded.

import { describe, expect, it } from 'vitest';
import { rememberByText } from '../../src/model/remember.ts';

describe('rememberByText', () => {
  it('computes once per text and gives the same value after', () => {
    const calls: string[] = [];
    const length = rememberByText((t) => (calls.push(t), { n: t.length }));
    const first = length('chemo');
    expect(length('chemo')).toBe(first);
    expect(length('mice')).toEqual({ n: 4 });
    expect(calls).toEqual(['chemo', 'mice']);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const none = rememberByText(() => ((calls += 1), undefined));
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('empties its store at the bound, then computes again', () => {
    let calls = 0;
    const f = rememberByText((t) => ((calls += 1), t), 2);
    f('a');
    f('b');
    f('c'); // the store held two: emptied, then c
    f('a');
    expect(calls).toBe(4);
    f('c');
    expect(calls).toBe(4);
  });
});
