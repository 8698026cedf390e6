// The deck's language as PowerPoint spells it. PowerPoint's proofing and its screen-reader voice
// key on a language-and-region tag (en-US), while the deck's meta.lang is a BCP 47 tag that may
// be bare ('en'); whether PowerPoint accepts a bare tag is unverified, so the two the deck uses are
// mapped to the US variants its audience reads, and any other tag must name its region.

import { PptxLanguageError } from './errors.ts';

const REGION_FOR: Readonly<Record<string, string>> = { en: 'en-US', es: 'es-US' };

export function pptxLang(tag: string): string {
  const mapped = REGION_FOR[tag.toLowerCase()];
  if (mapped) return mapped;
  if (/^[a-z]{2,3}-[A-Za-z0-9]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return tag;
  throw new PptxLanguageError(
    `slides/index.ts › meta.lang "${tag}": PowerPoint needs a language with its region, e.g. "en-US" or "es-US". Set meta.lang to the full tag (only "en" and "es" are filled in as en-US and es-US).`,
  );
}
