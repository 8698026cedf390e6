// A fact's content hash is what a clinical review record holds (slides/review.ts): reading a
// fact for its hash by hand (src/model/compile.ts) must give the very hash the JSON round trip
// gave when the records were made, for every fact of every language, or every review would read
// as changed. And a fact's patterns are part of it: a changed pattern is a changed fact.

import { describe, expect, it } from 'vitest';
import { contentHashes } from '../../src/model/compile.ts';
import { contentHash } from '../../src/model/hash.ts';
import { factHashKey } from '../../src/model/review-sheet.ts';
import { loadDeck } from '../../src/load/load-deck.ts';
import type { AnyDeck } from '../../src/model/types.ts';

/** How a fact was hashed before: patterns as their source text, through JSON. */
const byJson = (fact: object): string => contentHash(JSON.parse(JSON.stringify(fact, (_k, v: unknown) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v))));

describe('fact hashes', () => {
  it('are the JSON round trip\'s, for every fact of the deck and of each translation', async () => {
    const input = await loadDeck();
    const decks: AnyDeck[] = [input.deck, ...input.translations.map((t) => t.input.deck)];
    let n = 0;
    for (const deck of decks) {
      const hashes = contentHashes(deck);
      for (const [id, fact] of Object.entries(deck.facts ?? {})) {
        expect(hashes[factHashKey(id)], `${deck.meta.lang} ${id}`).toBe(byJson(fact));
        n += 1;
      }
    }
    expect(n).toBeGreaterThan(40);
  });

  it('change when a fact\'s wrong-phrasing pattern changes', async () => {
    const { deck } = await loadDeck();
    const [id, fact] = Object.entries(deck.facts ?? {}).find(([, f]) => (f.mustNotSay?.length ?? 0) > 0)!;
    const changed = { ...fact, mustNotSay: fact.mustNotSay!.map((w, i) => (i === 0 ? { ...w, pattern: new RegExp(`${w.pattern.source}|changed`, w.pattern.flags) } : w)) };
    const before = contentHashes(deck)[factHashKey(id)];
    const after = contentHashes({ ...deck, facts: { ...deck.facts, [id]: changed } } as AnyDeck)[factHashKey(id)];
    expect(after).not.toBe(before);
  });
});
