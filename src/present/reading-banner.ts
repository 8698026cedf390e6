// The banner on narrow screens ("Easier to read on a phone", index.html): it links to the
// reading view at the slide being shown, so a reader on a phone lands at the same place.
// Shown by CSS below reveal.js's scroll-view breakpoint; here it only follows the deck.

import { READ_PAGE, readingViewHref } from '../model/reading-view.ts';
import { CLASS } from '../render/markup.ts';
import { onDeckEvent, type DeckApi } from './reveal-facade.ts';

export function followInReadingView(deck: DeckApi): void {
  const link = document.querySelector<HTMLAnchorElement>(`.${CLASS.readBanner} a`);
  if (!link) return;
  const update = (): void => {
    const id = deck.getCurrentSlide()?.id;
    link.setAttribute('href', id ? readingViewHref(id) : READ_PAGE);
  };
  onDeckEvent(deck, 'ready', update);
  onDeckEvent(deck, 'slidechanged', update);
  update();
}
