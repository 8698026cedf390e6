// The short edition (slides/index.ts `editions.short`, short.html): about 10 minutes, with nothing
// essential left out (issue 18). What HealthNewsReview asks of a story, and what the teach-back
// needs, must be on its slides or in its script: costs, an independent voice and the conflicts of
// interest, rebastinib's status, a doorway defined on screen, the trials' age, and the teach-back.

import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/model/compile.ts';
import type { CompiledSlide } from '../../src/model/compiled.ts';
import { runsText } from '../../src/model/runs.ts';
import { spokenLength } from '../../src/model/spoken.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import realDeck from '../../slides/index.ts';

const deck = realDeck as unknown as AnyDeck;
const short = compileDeck({ deck, edition: 'short' });

/** What a slide shows on screen (title and body), as one string. */
const onScreen = (s: CompiledSlide): string =>
  s.parts
    .filter((p) => !p.field.startsWith('notes'))
    .map((p) => runsText(p.runs))
    .join(' ');
const screen = short.slides.map(onScreen).join(' ');
const script = short.slides.flatMap((s) => s.notes.say).join(' ');

describe('the short edition', () => {
  it('is within 1,300 spoken words (10 minutes at 130 a minute)', () => {
    expect(spokenLength(short.slides).words).toBeLessThanOrEqual(1300);
  });

  it('says on screen that there is nothing to buy or pay for, and that rebastinib is experimental and not approved', () => {
    expect(screen).toMatch(/nothing to buy or pay for/);
    expect(screen).toMatch(/rebastinib was experimental and not approved/);
    expect(screen).toMatch(/counting doorways is a research test/);
  });

  it('gives one independent voice and the conflicts of interest', () => {
    expect(screen).toMatch(/Laura Esserman and 10 others wrote to the journal/);
    expect(screen).toMatch(/applied for a patent/);
    expect(screen).toMatch(/a company’s doorway test/);
  });

  it('defines a doorway on screen, gives the trials’ age, and ends with the teach-back', () => {
    expect(screen).toMatch(/TMEM doorway .* is a spot where three cells touch/);
    expect(screen).toMatch(/Women joined from 1983 to 2002/);
    expect(script).toMatch(/between 1983 and 2002/);
    expect(short.slides.map((s) => s.id)).toContain('check-your-understanding');
  });
});
