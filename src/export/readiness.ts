// Deciding whether the deck is ready to print, and if not, which slide is holding it up and why.
// Pure: fed with what the page reports (page/readiness.ts) and the requests still open.

import { DECK_STATE } from '../render/markup.ts';
import type { PageFacts } from './page/readiness.ts';

interface NotReady {
  /** The slide to name, or null when the deck as a whole never started. */
  readonly slide: string | null;
  readonly reason: string;
}

const list = (items: readonly string[]): string => items.join(', ');

/** Null when every slide is laid out for print with its images and fonts loaded. */
export function notReady(facts: PageFacts, openRequests: readonly string[]): NotReady | null {
  const waiting = openRequests.length > 0 ? `; still waiting for ${list(openRequests)}` : '';
  const fonts = facts.loadingFonts.length > 0 ? `; font ${list(facts.loadingFonts)} still loading` : '';
  // The slides are in the page from the start; if none is laid out and the deck never left
  // "loading", its script never ran: name that, not the first slide.
  if (facts.state === DECK_STATE.loading && !facts.slides.some((s) => s.laidOut)) {
    return { slide: null, reason: `the deck's script never started it (deck state "${facts.state}")${waiting}` };
  }
  for (const slide of facts.slides) {
    const reasons: string[] = [];
    if (!slide.laidOut) {
      reasons.push(
        facts.readyState === 'complete'
          ? 'reveal.js has not laid it out for print'
          : 'reveal.js has not laid it out for print, because the page has not finished loading',
      );
    }
    if (slide.loadingImages.length > 0) reasons.push(`image ${list(slide.loadingImages)} still loading`);
    if (reasons.length > 0) return { slide: slide.id, reason: reasons.join('; ') + fonts + waiting };
  }
  if (facts.loadingFonts.length > 0) return { slide: facts.slides[0]?.id ?? null, reason: fonts.slice(2) + waiting };
  if (facts.slides.length === 0) return { slide: null, reason: `no slide was rendered (deck state "${facts.state}")${waiting}` };
  if (facts.state !== DECK_STATE.pdfReady) return { slide: null, reason: `reveal.js did not finish its print view (deck state "${facts.state}")${waiting}` };
  return null;
}

/** Images that finished loading but cannot be drawn (a PDF would show a hole), with their slide. */
export function brokenImages(facts: PageFacts): { url: string; slide: string }[] {
  return facts.slides.flatMap((s) => s.brokenImages.map((url) => ({ url, slide: s.id })));
}
