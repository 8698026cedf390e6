// The slides every deck must have, found by their kind.

import type { SlideKind } from '../../model/types.ts';
import { DECK, type Rule } from '../rule.ts';

export const REQUIRED_SLIDES: readonly { readonly kind: SlideKind; readonly name: string }[] = [
  { kind: 'actions', name: 'what this means for you' },
  { kind: 'questions', name: 'questions to ask' },
  { kind: 'summary', name: 'summary' },
  { kind: 'sources', name: 'sources' },
  { kind: 'about', name: 'about this deck' },
];

export const requiredSlides: Rule = {
  id: 'required-slides',
  severity: 'error',
  description: 'Every edition has slides for what this means for you, questions to ask, a closing summary, sources, and about this deck.',
  check: ({ slides }) =>
    REQUIRED_SLIDES.filter(({ kind }) => !slides.some(({ slide }) => slide.kind === kind)).map(({ kind, name }) => ({
      slide: DECK,
      message: `has no "${name}" slide (kind "${kind}")`,
      fix: `Add a slide with kind: '${kind}' to slides/index.ts.`,
    })),
};
