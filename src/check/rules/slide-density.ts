// At most 6 bullets and 50 words of body text per slide (content-standards.md A21, PEMAT 8).
// Body text: subtitle, paragraphs, list items, callout title and text, captions — not the title,
// alt text, chart labels, notes, or reference/glossary/deck-info blocks.

import type { SlideKind } from '../../model/types.ts';
import type { Finding, Rule } from '../rule.ts';

export const MAX_BULLETS = 6;
export const MAX_BODY_WORDS = 50;
/** Reference slides (words to know, sources, about) may be longer; the bullet limit still applies. */
export const WORD_LIMIT_EXEMPT_KINDS: ReadonlySet<SlideKind> = new Set(['glossary', 'sources', 'about']);

export const slideDensity: Rule = {
  id: 'slide-density',
  severity: 'error',
  description: `At most ${MAX_BULLETS} bullets and ${MAX_BODY_WORDS} body words per slide (reference slides exempt from the word limit).`,
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide, bullets, bodyWords } of slides) {
      if (bullets > MAX_BULLETS) {
        findings.push({ slide: slide.id, message: `has ${bullets} bullets (at most ${MAX_BULLETS})`, fix: 'Keep the most important points, or split the slide in two.' });
      }
      if (bodyWords > MAX_BODY_WORDS && !WORD_LIMIT_EXEMPT_KINDS.has(slide.kind)) {
        findings.push({
          slide: slide.id,
          message: `has ${bodyWords} words of body text (at most ${MAX_BODY_WORDS})`,
          fix: 'Move detail into the speaker notes, or split the slide in two.',
        });
      }
    }
    return findings;
  },
};
