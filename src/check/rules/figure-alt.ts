// Alt text says what a figure or chart shows, not that it is a picture, and stays short
// (content-standards.md A4; WCAG 1.1.1). The schema already requires alt text and a caption.

import type { Finding, Rule } from '../rule.ts';

export const BAD_ALT_START = /^\s*(?:an?\s+)?(?:image|picture|graphic|photo|photograph)\s+of\b/i;
export const MAX_ALT_CHARS = 250;

export const figureAlt: Rule = {
  id: 'figure-alt',
  severity: 'error',
  description: `Alt text of figures and charts does not start with "image of"/"picture of" and has at most ${MAX_ALT_CHARS} characters.`,
  check: ({ slides }) => {
    const findings: Finding[] = [];
    for (const { slide } of slides) {
      slide.body.forEach((block, i) => {
        if (block.type !== 'figure' && block.type !== 'chart') return;
        if (BAD_ALT_START.test(block.alt)) {
          findings.push({ slide: slide.id, message: `body[${i}].alt starts with "${block.alt.trim().split(/\s+/).slice(0, 2).join(' ')}"`, fix: 'Start with what the figure shows; screen readers already say it is an image.' });
        }
        if (block.alt.length > MAX_ALT_CHARS) {
          findings.push({ slide: slide.id, message: `body[${i}].alt has ${block.alt.length} characters (at most ${MAX_ALT_CHARS})`, fix: 'Keep the point in the alt text; put detail in the caption or notes.' });
        }
      });
    }
    return findings;
  },
};
