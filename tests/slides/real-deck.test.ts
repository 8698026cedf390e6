// The real deck as the build and the check load it (src/load/deck-input.ts): every slide module
// valid, saved as UTF-8 and named after its slide, local.ts, review.ts and handout.ts valid; and
// every figure file it ships is used on a slide.

import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { figureNames } from '../../src/load/figure-files.ts';

describe('the real deck', () => {
  it('loads as the build loads it, with no problem in any module', async () => {
    const input = await loadDeck();
    expect(input.deck.slides.length).toBeGreaterThan(2);
    // The English modules, then each translation's (slides/es/index.ts, and its review record once there is one).
    const files = input.files.map((f) => f.replace(/^.*\/slides\//, 'slides/'));
    expect(files.slice(0, 4)).toEqual(['slides/index.ts', 'slides/local.ts', 'slides/review.ts', 'slides/handout.ts']);
    expect(files.slice(4).filter((f) => !f.endsWith('translation-review.ts'))).toEqual(['slides/es/index.ts']);
    expect(input.handout).not.toBeNull();
  });

  it('uses every figure file it ships', async () => {
    const { deck } = await loadDeck();
    const used = new Set(deck.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' ? [b.src] : []))));
    expect([...figureNames()].filter((f) => !used.has(f))).toEqual([]);
  });
});
