// The element ids the pages generate next to the slides' own ids (the deck, read.html, the
// handout): a slide's section has the slide's id, so a slide id shaped like one of these would
// give two elements one id and send a link (read.html#term-tmem, a heading's aria-labelledby)
// to the wrong place. One definition of each shape: the renderers build ids with these, and
// validate.ts refuses a slide id that one of them could produce.

export const PAGE_ID = {
  /** A section's heading (read.html, the handout). */
  heading: (id: string): string => `${id}-heading`,
  /** A term's entry in "words to know". */
  term: (id: string): string => `term-${id}`,
  /** A source's entry in the references. */
  source: (id: string): string => `source-${id}`,
  /** A figure's caption (names the figure). */
  figureCaption: (slideId: string, index: number): string => `${slideId}-figure-${index}-caption`,
  /** The prefix of a chart's ids (its caption, its hatch pattern). */
  chart: (slideId: string, index: number): string => `${slideId}-chart-${index}`,
  /** The reading view's table of contents. */
  contentsHeading: 'contents-heading',
} as const;

/** The shapes above, as a slide id would have to look to clash with one of them. */
const RESERVED: readonly { readonly test: (id: string) => boolean; readonly shape: string }[] = [
  { test: (id) => id.startsWith('term-'), shape: '"term-…" (a word in "words to know")' },
  { test: (id) => id.startsWith('source-'), shape: '"source-…" (an entry in the references)' },
  { test: (id) => id.endsWith('-heading'), shape: '"…-heading" (a section\'s heading)' },
  { test: (id) => /-(?:figure|chart)-\d+(?:-|$)/.test(id), shape: '"…-figure-N…" or "…-chart-N…" (a figure\'s or chart\'s parts)' },
  { test: (id) => id.endsWith('-caption') || id.endsWith('-hatch'), shape: '"…-caption" or "…-hatch" (a figure\'s or chart\'s parts)' },
];

/** The generated-id shape a slide id has, or undefined when it cannot clash. */
export function generatedIdShape(id: string): string | undefined {
  return RESERVED.find((r) => r.test(id))?.shape;
}
