// A link to a slide keeps its place at every width.
//
// Below reveal.js's scrollActivationWidth (435 px: phones) the deck starts in its scroll view.
// reveal.js 6 switches to it while it first lays the deck out, and that layout writes the first
// slide's address (#/title) over the one being opened before reveal.js reads it: a link to
// `index.html#/large-trials` opened on a phone showed the title slide. In the scroll view it
// also never writes the address again, so a reload could not keep the place either.
// Here the address is taken before reveal.js starts and followed once it has, and while the
// scroll view is on, the address follows the slide being read.
//
// Following a link between slides adds an entry to the browser's history (historyForLinks), so
// Back returns to the slide the link was on instead of leaving the deck.

import { slideHref } from '../render/markup.ts';
import { onDeckEvent, type DeckApi } from './reveal-facade.ts';

/** The slide a page address names: `#/large-trials`, `#/large-trials/2` (a step), or `#large-trials`. */
function linkedSlideId(hash: string): string | null {
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
 * Scrolls the page of the slide an address names to the top, in the scroll view. (reveal.js's
 * own slide() there computes the position from the share of steps before the slide and misses by
 * up to a page near the end of the deck, where the snapping then settles on the slide before.)
 * reveal.js follows the scroll: the slide becomes the current one.
 */
function scrollToLinked(deck: DeckApi, hash: string): void {
  if (!deck.isScrollView()) return;
  const id = linkedSlideId(hash);
  const slide = id ? document.getElementById(id)?.closest<HTMLElement>('.slides section') : null;
  if (!slide) return;
  const page = slide.closest<HTMLElement>('.scroll-page') ?? slide;
  if (Math.abs(page.getBoundingClientRect().top) < 1 && deck.getCurrentSlide() === slide) return;
  page.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/**
 * Call once reveal.js is ready, with the address the page was opened at: in the scroll view it
 * goes to the slide that address names (reveal.js lost it), goes to the slide of every later
 * change of the address (a link between slides, Back), and keeps the address on the slide
 * being read.
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
  // After reveal.js's own listener (bound while it started): it moves first, this corrects it.
  window.addEventListener('hashchange', () => scrollToLinked(deck, window.location.hash));
  scrollToLinked(deck, openedAt);
}

/**
 * Following a link between slides (a defined term, a source, "words to know") adds an entry to
 * the browser's history, so Back returns to the slide the link was on. reveal.js moves on the
 * click itself (its listener on .slides) and only ever replaces the address (config `hash`;
 * `history: true` would add an entry on every key press too): the slide the reader came from was
 * lost and Back left the presentation. The address is read before reveal.js moves (a capturing
 * listener) and put back, and the new slide's address pushed after it (a listener on the root,
 * which runs after the one on .slides). Enter on a focused link is a click too. On a phone (the
 * scroll view) reveal.js's move landed on the slide before the link's ("words to know" showed
 * the quiz): the page is scrolled to the link's slide as for an address.
 */
export function historyForLinks(deck: DeckApi, root: HTMLElement): void {
  const deckLink = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.slides a[href^="#"]') ?? null;
  let leaving: string | null = null;
  root.addEventListener('click', (event) => (leaving = deckLink(event) ? window.location.href : null), { capture: true });
  root.addEventListener('click', (event) => {
    const link = deckLink(event);
    const from = leaving;
    leaving = null;
    // reveal.js prevents the default of a link it routes to a slide, and of no other.
    if (!link || from === null || !event.defaultPrevented) return;
    const id = linkedSlideId(link.getAttribute('href')!);
    if (!id || !document.getElementById(id)?.closest('.slides section')) return;
    const to = slideHref(encodeURIComponent(id));
    if (new URL(from).hash === to) return;
    window.history.replaceState(window.history.state, '', from);
    window.history.pushState(null, '', to);
    // In the scroll view reveal.js's own move lands a page short (see scrollToLinked).
    scrollToLinked(deck, to);
  });
}
