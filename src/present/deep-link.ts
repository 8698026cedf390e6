// A link to a slide keeps its place at every width.
//
// Below reveal.js's scrollActivationWidth (435 px: phones) the deck starts in its scroll view.
// reveal.js 6 switches to it while it first lays the deck out, and that layout writes the first
// slide's address (#/title) over the one being opened before reveal.js reads it: a link to
// `index.html#/large-trials` opened on a phone showed the title slide. In the scroll view it
// also never writes the address again, so a reload could not keep the place either.
// Here the address is taken before reveal.js starts and followed once it has, and while the
// scroll view is on, the address follows the slide being read.

import { slideHref } from '../render/markup.ts';
import { onDeckEvent, type DeckApi } from './reveal-facade.ts';

/** The slide a page address names: `#/large-trials`, `#/large-trials/2` (a step), or `#large-trials`. */
export function linkedSlideId(hash: string): string | null {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  if (name === '' || /^\d+$/.test(name)) return null; // no link, or reveal's numeric form (it reads that itself)
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}

/** At most one address change this often (browsers throttle history.replaceState). */
const ADDRESS_EVERY_MS = 250;

/**
 * Call once reveal.js is ready, with the address the page was opened at: in the scroll view it
 * goes to the slide that address names (if reveal.js lost it), and from then on keeps the
 * address on the slide being read.
 */
export function keepPlaceInScrollView(deck: DeckApi, openedAt: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  onDeckEvent(deck, 'slidechanged', () => {
    if (!deck.isScrollView()) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const id = deck.getCurrentSlide()?.id;
      if (id && window.location.hash !== slideHref(encodeURIComponent(id))) {
        window.history.replaceState(window.history.state, '', slideHref(encodeURIComponent(id)));
      }
    }, ADDRESS_EVERY_MS);
  });

  if (!deck.isScrollView()) return;
  const id = linkedSlideId(openedAt);
  const slide = id ? document.getElementById(id)?.closest<HTMLElement>('.slides section') : null;
  if (!slide || deck.getCurrentSlide() === slide) return;
  const { h, v } = deck.getIndices(slide);
  // The scroll view finds pages by both indices: a horizontal slide is (h, 0).
  deck.slide(h, v ?? 0);
}
