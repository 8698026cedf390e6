// Binds the content model to this deck's registries, so a citation or glossary id that does
// not exist is a compile error in the slide module that uses it.

import type * as Model from '../src/model/types.ts';
import type { TermId } from './glossary.ts';
import type { SourceId } from './sources.ts';

export type DeckIds = { readonly source: SourceId; readonly term: TermId };

export type TitleSlide = Model.TitleSlide<DeckIds>;
export type CaveatsSlide = Model.CaveatsSlide<DeckIds>;
export type BodySlide = Model.BodySlide<DeckIds>;
export type SlideOrder = Model.SlideOrder<DeckIds>;
export type Deck = Model.Deck<DeckIds>;

export const defineTitleSlide = (slide: Omit<TitleSlide, 'kind'>): TitleSlide => ({ kind: 'title', ...slide });
export const defineCaveatsSlide = (slide: Omit<CaveatsSlide, 'kind'>): CaveatsSlide => ({ kind: 'caveats', ...slide });
export const defineSlide = (slide: BodySlide): BodySlide => slide;
