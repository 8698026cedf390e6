// Small repairs to reveal.js 6's own UI: found by axe-core (tests/browser/a11y.test.ts), by the
// accessibility tree a screen reader reads (tests/browser/screen-reader.test.ts) and by the W3C
// Nu HTML Checker (tests/browser/html-valid.test.ts).

import { announceSlides, followDeckLinks } from './announce.ts';
import type { RevealPlugin } from 'reveal.js';
import { onDeckEvent, type DeckApi } from './reveal-facade.ts';

/**
 * reveal.js draws each control arrow as a <div> inside its <button>, which HTML does not allow
 * (a button holds phrasing content only). The same box as a <span> (theme.css: display block).
 */
function repairControls(root: HTMLElement): void {
  for (const div of root.querySelectorAll('.controls button > div.controls-arrow')) {
    const span = document.createElement('span');
    span.className = div.className;
    div.replaceWith(span);
  }
}

/**
 * reveal.js writes the slide number as a link to the current slide named "3 / 28" (a tab stop
 * that goes nowhere, read as "link, 3 slash 28"). Rewritten after every update as text a screen
 * reader reads as "Slide 3 of 28", still showing "3 / 28".
 */
function nameSlideNumber(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>(':scope > .slide-number');
  if (!box) return;
  const rewrite = (): void => {
    if (!box.querySelector('a')) return;
    const current = box.querySelector('.slide-number-a')?.textContent?.trim() ?? '';
    const total = box.querySelector('.slide-number-b')?.textContent?.trim();
    const spoken = document.createElement('span');
    spoken.className = 'visually-hidden';
    spoken.textContent = total ? `Slide ${current} of ${total}` : `Slide ${current}`;
    const shown = document.createElement('span');
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = total ? `${current} / ${total}` : current;
    box.replaceChildren(spoken, shown);
  };
  new MutationObserver(rewrite).observe(box, { childList: true });
  rewrite();
}

/**
 * Printing from the browser (`?print-pdf`, `?view=print`) gives one page per slide at the slide's
 * size (1280×720 px = 960×540 pt): reveal.js adds the presenting margin around every printed
 * slide (a 1331×748 px page) unless the margin is 0. An explicit `margin` query parameter wins.
 */
const printAtSlideSize: RevealPlugin = {
  id: 'deck-print-at-slide-size',
  init(deck): void {
    const query = new URLSearchParams(window.location.search);
    if (deck.getConfig().view === 'print' && !query.has('margin')) deck.configure({ margin: 0 });
  },
};

export function repairRevealUi(deck: DeckApi): void {
  // Registered before initialize(): it runs once the config (and its query overrides) is merged,
  // before the print view measures its pages.
  deck.registerPlugin(printAtSlideSize);

  onDeckEvent(deck, 'ready', () => {
    const root = deck.getRevealElement() as HTMLElement | null;
    if (!root) return;
    // role="application" makes NVDA and JAWS leave browse mode for the whole deck: the content
    // could then only be heard through the live region. reveal's keys work without it.
    root.removeAttribute('role');
    repairControls(root);
    nameSlideNumber(root);
    announceSlides(deck, root);
    followDeckLinks(deck, root);
  });

  onDeckEvent(deck, 'showhelp', () => {
    const overlay = deck.getRevealElement()?.querySelector('.r-overlay-help');
    // A <header> here is a banner landmark nested in the <main> landmark; it only holds the
    // close button.
    overlay?.querySelector('.r-overlay-header')?.setAttribute('role', 'none');
    // The shortcut table scrolls when the window is short: keyboard users must be able to focus it.
    overlay?.querySelector('.r-overlay-content')?.setAttribute('tabindex', '0');
  });

  // The overview shows every slide as a clickable thumbnail (reveal lifts `inert` for that) but
  // leaves them aria-hidden, so focus lands on links a screen reader is told do not exist.
  // Reveal sets aria-hidden again on every slide change, including leaving the overview.
  const exposeThumbnails = (): void => {
    if (!deck.isOverview()) return;
    for (const slide of deck.getSlides()) slide.removeAttribute('aria-hidden');
  };
  onDeckEvent(deck, 'overviewshown', exposeThumbnails);
  onDeckEvent(deck, 'slidechanged', exposeThumbnails);
}
