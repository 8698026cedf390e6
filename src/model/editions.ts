// Every edition of a deck compiled once, with its patient handout: what one command computes
// and then shares between the checker, the build and the fit check (before, `npm run check`
// compiled each edition four times: the rules, the handout text, the build and the fit check).

import { compileDeck, type CompileInput } from './compile.ts';
import type { CompiledDeck } from './compiled.ts';
import { compileHandout, type CompiledHandout } from './handout-compile.ts';
import type { HandoutSpec } from './handout-spec.ts';
import { editionNames } from './listing.ts';

/** What the editions are compiled from: the validated deck and what goes with it. */
export type EditionsInput = Omit<CompileInput, 'edition'> & {
  /** slides/handout.ts (validated), or none. */
  readonly handout?: HandoutSpec | null;
};

export interface CompiledEditions {
  /** Every edition, the full deck first. */
  readonly editions: readonly CompiledDeck[];
  /** Each edition's patient handout, in the same order (empty when the deck has no handout). */
  readonly handouts: readonly CompiledHandout[];
}

export function compileEditions(input: EditionsInput): CompiledEditions {
  const { deck, local, review, figures, figureText, handout, today, translation } = input;
  const editions = editionNames(deck).map((edition) =>
    compileDeck({ deck, edition, local, review, figures, ...(figureText ? { figureText } : {}), ...(today ? { today } : {}), ...(translation ? { translation } : {}) }),
  );
  const handouts = handout ? editions.map((compiled) => compileHandout(handout, compiled, deck)) : [];
  return { editions, handouts };
}

/** One edition of a compiled set, by name (the set always has the full edition first). */
export function editionOf(compiled: CompiledEditions, name: string): CompiledDeck | undefined {
  return compiled.editions.find((e) => e.edition === name);
}
