// claimed() (src/check/claims/cited.ts) reads a sentence clause by clause, and skips a pattern
// that finds nothing in the whole sentence. That skip is right only where a clause's match is
// always the sentence's: these are the patterns where it is not (an end anchor, a negative
// lookahead that holds at a clause's end and fails in the sentence, a start anchor inside an
// alternative), which must still be found, and the letter-edge patterns that may be skipped.

import { describe, expect, it } from 'vitest';
import { claimed } from '../../src/check/claims/cited.ts';
import { anyOf, CLAIM_WORDS } from '../../src/check/claims/words.ts';

const en = CLAIM_WORDS.en;
const es = CLAIM_WORDS.es;

describe('claimed, clause by clause', () => {
  it('finds a pattern whose negative lookahead holds only at its clause\'s end', () => {
    // In the whole sentence "spread" is followed by " but", so the pattern finds nothing there.
    expect(claimed('Chemo made it spread, but only in mice', /spread(?!,?\s+but)/i, en)?.[0]).toBe('spread');
  });

  it('finds a pattern anchored at its clause\'s end', () => {
    expect(claimed('Chemo first is safer; the trials say so', /safer$/i, en)?.[0]).toBe('safer');
  });

  it('finds a pattern with a start anchor inside an alternative, at a clause\'s start', () => {
    expect(claimed('It was small — chemo spreads cancer', /nothing|^chemo spreads/i, en)?.[0]).toBe('chemo spreads');
  });

  it('finds a letter-edged pattern in a later clause, and not one the sentence lacks', () => {
    const spreads = anyOf('propaga el cancer');
    expect(claimed('Fue en ratones; la quimio propaga el cancer', spreads, es)?.[0]).toBe('propaga el cancer');
    expect(claimed('Fue en ratones; la quimio no cambia nada', spreads, es)).toBeUndefined();
  });

  it('still excuses a denied match in its own clause', () => {
    expect(claimed('The study did not show that chemo spreads cancer', /chemo spreads cancer/i, en)).toBeUndefined();
  });
});
