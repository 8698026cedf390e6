// Binds the content model to this deck's registries, so a citation or glossary id that does
// not exist is a compile error in the slide module that uses it.

import type { FactRow } from '../src/model/facts.ts';
import type { HandoutSpec } from '../src/model/handout-spec.ts';
import type { LocalDetails, ReviewRecord } from '../src/model/local.ts';
import type * as Model from '../src/model/types.ts';
import type { ClaimId, NumRef, facts } from './facts/index.ts';
import type { TermId } from './glossary.ts';
import type { SlideId } from './index.ts';
import type { SourceId } from './sources.ts';

export type DeckIds = {
  readonly source: SourceId;
  readonly term: TermId;
  readonly claim: ClaimId;
  readonly num: NumRef;
  readonly row: FactRow<typeof facts>;
};

export type TitleSlide = Model.TitleSlide<DeckIds>;
export type CaveatsSlide = Model.CaveatsSlide<DeckIds>;
export type BodySlide = Model.BodySlide<DeckIds>;
export type SlideOrder = Model.SlideOrder<DeckIds>;
export type Deck = Model.Deck<DeckIds>;

// Each keeps the slide's literal types (its id, its lists as tuples, its numbers), so slides/index.ts
// can type editions as lists of real slide ids (a typo in an edition does not compile), and a
// translation can be typed from the slide it translates (same blocks, same ids, same facts).
export const defineTitleSlide = <const S extends Omit<TitleSlide, 'kind'>>(slide: S): S & { readonly kind: 'title' } => ({ kind: 'title', ...slide });
export const defineCaveatsSlide = <const S extends Omit<CaveatsSlide, 'kind'>>(slide: S): S & { readonly kind: 'caveats' } => ({ kind: 'caveats', ...slide });
export const defineSlide = <const S extends BodySlide>(slide: S): S => slide;

/** The ids of a slide list's body slides (everything after the title and caveats slides). */
type BodyIds<S extends SlideOrder> = Exclude<S[number]['id'], S[0]['id'] | S[1]['id']>;

/** An edition of `S`: its title slide's id, its caveats slide's id, then ids of its body slides. */
export type EditionOf<S extends SlideOrder> = readonly [S[0]['id'], S[1]['id'], ...BodyIds<S>[]];

/**
 * Editions other than the full deck, typed against the real slide list: an id that is not a
 * slide, or an edition that does not start with the title and caveats slides, does not compile.
 */
export const defineEditions = <const S extends SlideOrder, const E extends Readonly<Record<string, EditionOf<S>>>>(_slides: S, editions: E): E =>
  editions;

/** slides/local.ts: the clinic's own details (all optional). */
export const defineLocal = (local: LocalDetails): LocalDetails => local;

/** slides/review.ts: the clinical review record, or null when none is recorded. */
export const defineReview = (review: ReviewRecord | null): ReviewRecord | null => review;

/**
 * slides/handout.ts: the patient handout, as pointers into the deck. A slide id, term id or
 * source id that does not exist does not compile; `npm run build` and `npm run check` also
 * check that each block exists on its slide and fits its section.
 */
export type Handout = HandoutSpec<SlideId, TermId, SourceId>;
export const defineHandout = (handout: Handout): Handout => handout;
