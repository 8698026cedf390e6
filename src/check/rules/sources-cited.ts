// Every claim-bearing slide cites at least one source.

import type { SlideKind } from '../../model/types.ts';
import type { Rule } from '../rule.ts';

/**
 * Slides that make no claims of their own: prompts, reference lists, the deck's own facts and
 * the actions slide (which may cite, but need not). Every other kind (title, caveats, content)
 * reports something and must say where it comes from.
 */
export const NO_CLAIM_KINDS: ReadonlySet<SlideKind> = new Set(['questions', 'teach-back', 'glossary', 'sources', 'about', 'actions']);

export const sourcesCited: Rule = {
  id: 'sources-cited',
  severity: 'error',
  description: 'Every claim-bearing slide (title, caveats, content) cites at least one source.',
  check: ({ slides }) =>
    slides
      .filter(({ slide, cited }) => !NO_CLAIM_KINDS.has(slide.kind) && cited.length === 0)
      .map(({ slide }) => ({
        slide: slide.id,
        message: `a "${slide.kind}" slide cites no source`,
        fix: 'Add the ids of the sources behind its claims to `sources` (from slides/sources.ts).',
      })),
};
