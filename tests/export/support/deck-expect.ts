// What the PDFs must contain, derived from the deck model (slides/index.ts), never hard-coded:
// the real deck grows while these tests are written.

import deck from '../../../slides/index.ts';
import type { AnyBlock, AnySlide } from '../../../src/model/types.ts';
import { listedSources, plainText } from '../../../src/model/text.ts';

export { deck };
export const slides: readonly AnySlide[] = deck.slides;

/** reveal.js fragments on a slide: `step: true` blocks and each item of a `stepwise` list. */
export function fragmentCount(slide: AnySlide): number {
  const count = (b: AnyBlock): number => (b.step ? 1 : 0) + (b.type === 'list' && b.stepwise ? b.items.length : 0);
  return slide.body.reduce((n, b) => n + count(b), 0);
}

/** Pages for a slide in the --steps PDF: all fragments hidden, then one page per fragment. */
export const stepPages = (slide: AnySlide): number => 1 + fragmentCount(slide);

/** The speaker notes as the handout prints them, one string per paragraph. */
export function notesParagraphs(slide: AnySlide): string[] {
  return [...slide.notes.say, `They may ask: ${slide.notes.question}`, `You can answer: ${slide.notes.answer}`].map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Text of stepwise list items (citations dropped), to find on pages. */
export function stepwiseItems(slide: AnySlide): string[] {
  return slide.body.flatMap((b) => (b.type === 'list' && b.stepwise ? b.items.map((t) => plainText(t, { glossary: deck.glossary })) : []));
}

/** DOI links the references slides print. */
export function doiUrls(): string[] {
  const ids = new Set(slides.flatMap(listedSources));
  return [...ids].flatMap((id) => {
    const doi = (deck.sources as Record<string, { doi?: string }>)[id]?.doi;
    return doi ? [`https://doi.org/${doi}`] : [];
  });
}

/** Page text with citation markers removed, for comparing with model text. */
export const withoutCitations = (s: string): string => s.replace(/\s*\[\d+\]/g, '').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim();
