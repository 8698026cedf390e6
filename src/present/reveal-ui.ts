// Small repairs to reveal.js 6's own UI, found by axe-core in tests/browser/a11y.test.ts.

import { onDeckEvent, type DeckApi } from './reveal-facade.ts';

export function repairRevealUi(deck: DeckApi): void {
  onDeckEvent(deck, 'showhelp', () => {
    const overlay = deck.getRevealElement()?.querySelector('.r-overlay-help');
    // A <header> inside reveal's role="application" wrapper is a banner landmark nested in
    // another landmark; this one only holds the close button.
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
