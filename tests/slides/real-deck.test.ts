// The real deck: valid, and laid out the way the README promises (one module per slide,
// named after its id, every module in the deck list).

import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/model/validate.ts';
import { figureNames } from '../../src/node/figures.ts';
import deck from '../../slides/index.ts';

const SLIDES_DIR = resolve(import.meta.dirname, '../../slides');
const NOT_SLIDES = new Set(['index.ts', 'define.ts', 'sources.ts', 'glossary.ts']);

describe('the real deck', () => {
  it('passes runtime validation', () => {
    expect(() => validateDeck(deck, { assets: figureNames() })).not.toThrow();
  });

  it('starts with the title slide, then the caveats slide', () => {
    expect(deck.slides[0].kind).toBe('title');
    expect(deck.slides[1].kind).toBe('caveats');
  });

  it('has one module per slide, named after the slide id, and uses every module', async () => {
    const modules = readdirSync(SLIDES_DIR).filter((f) => f.endsWith('.ts') && !NOT_SLIDES.has(f));
    const ids = deck.slides.map((s) => `${s.id}.ts`);
    expect([...modules].sort()).toEqual([...ids].sort());
    for (const file of modules) {
      const mod = (await import(resolve(SLIDES_DIR, file))) as { default: { id: string } };
      expect(mod.default.id, file).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it('uses every figure file it ships', () => {
    const used = new Set(deck.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' ? [b.src] : []))));
    expect([...figureNames()].filter((f) => !used.has(f))).toEqual([]);
  });
});
