// The closed sets of names the content model uses, declared once. The TypeScript types
// (types.ts) and the runtime schema (schema.ts) are both derived from these lists.

/** What a slide is for. The checker uses these to find the slides every deck must have. */
export const SLIDE_KINDS = [
  'title',
  'caveats',
  'content',
  'actions',
  'questions',
  'teach-back',
  'summary',
  'glossary',
  'sources',
  'about',
] as const;

export type SlideKind = (typeof SLIDE_KINDS)[number];

/** What kind of publication a source is. */
export const SOURCE_TYPES = [
  'journal-article',
  'meta-analysis',
  'randomized-trial',
  'review',
  'letter',
  'guideline',
  'news',
  'press-release',
  'patent',
  'web-page',
] as const;

export type SourceType = (typeof SOURCE_TYPES)[number];

/** Slide layouts: `split` puts text on the left and the figure or chart on the right. */
export const LAYOUTS = ['stack', 'split'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Ids of slides, blocks and editions: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
