// What the PDFs must contain, derived from the compiled real deck (slides/index.ts through
// compileDeck), never hard-coded: the real deck grows while these tests are written.

import deck from '../../../slides/index.ts';
import { compileDeck } from '../../../src/model/compile.ts';
import type { CompiledSlide } from '../../../src/model/compiled.ts';
import { runsText } from '../../../src/model/runs.ts';

export { deck };
export const compiled = compileDeck({ deck });
export const slides: readonly CompiledSlide[] = compiled.slides;

/** Pages for a slide in the --steps PDF: all fragments hidden, then one page per fragment. */
export const stepPages = (slide: CompiledSlide): number => 1 + slide.steps;

/** The speaker notes as the handout prints them, one string per paragraph. */
export function notesParagraphs(slide: CompiledSlide): string[] {
  return [...slide.notes.say, `They may ask: ${slide.notes.question}`, `You can answer: ${slide.notes.answer}`].map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Text of stepwise list items (citations dropped), to find on pages. */
export function stepwiseItems(slide: CompiledSlide): string[] {
  return slide.body.flatMap((b) => (b.type === 'list' && b.stepwise ? b.items.map((runs) => runsText(runs)) : []));
}

/** DOI links the references slides print. */
export function doiUrls(): string[] {
  return compiled.sources.flatMap(({ source }) => (source.doi ? [`https://doi.org/${source.doi}`] : []));
}

/** Page text with citation markers removed, for comparing with model text. */
export const withoutCitations = (s: string): string => s.replace(/\s*\[\d+\]/g, '').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim();
