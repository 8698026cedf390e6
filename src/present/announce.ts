// What a screen-reader user hears while the deck moves, and where their focus goes.
//
// - The live region says where you are ("What large trials in people show. Slide 14 of 28.")
//   and, on a step, what appeared ("Step 2 of 3: An immune cell."), never the whole slide:
//   reveal.js's own region repeats every word of the slide, so a chart was heard three times.
// - Links between slides point at the slide's element id (`#words-to-know`), an element that
//   exists, so link checkers accept them; reveal.js routes them as before (it resolves a hash
//   by element id), and following one moves focus to the new slide's heading.

import { CLASS } from '../render/markup.ts';
import type { DeckApi } from './reveal-facade.ts';

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Ends with a full stop unless it already ends in punctuation ("Why chemo first?"). */
const sentence = (text: string): string => (/[.!?:]$/.test(text) ? text : `${text}.`);

const BLOCK = /^(p|li|ul|ol|dl|dt|dd|div|figure|figcaption|table|caption|tr|th|td|h[1-6]|header|section|aside|blockquote)$/;

/** The text a screen reader would read for an element: hidden parts left out, images by their name. */
function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (node.getAttribute('role') === 'img') return ` ${node.getAttribute('aria-label') ?? node.querySelector(':scope > title')?.textContent ?? ''} `;
  if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
  const inner = [...node.childNodes].map(spokenText).join('');
  return BLOCK.test(node.localName) ? ` ${inner} ` : inner;
}

function slideTitle(slide: Element): string {
  return clean((slide.querySelector(`.${CLASS.title}`) ?? slide.querySelector('h1, h2, h3'))?.textContent) || slide.id;
}

/** Steps of a slide: the distinct fragment indices, and how many of them are shown. */
function steps(slide: Element): { shown: number; total: number } {
  const index = (f: Element) => f.getAttribute('data-fragment-index') ?? '';
  const all = [...slide.querySelectorAll('.fragment')];
  return { total: new Set(all.map(index)).size, shown: new Set(all.filter((f) => f.classList.contains('visible')).map(index)).size };
}

/** The live region's text for the current position. `shown`: fragments that just appeared. */
function statusText(deck: DeckApi, slideChanged: boolean, shown: readonly Element[]): string {
  const slide = deck.getCurrentSlide();
  if (!slide) return '';
  const { shown: k, total } = steps(slide);
  if (slideChanged || total === 0) return `${sentence(slideTitle(slide))} Slide ${deck.getSlidePastCount(slide) + 1} of ${deck.getTotalSlides()}.`;
  const what = clean(shown.map(spokenText).join(' '));
  if (k === 0) return sentence(slideTitle(slide));
  return what ? `Step ${k} of ${total}: ${sentence(what)}` : `Step ${k} of ${total}.`;
}

/**
 * What a screen-reader user should press, on the help overlay (?) and in the README ("Presenting").
 * Focus stays on the page after the arrow keys, as reveal.js has it: the live region says where
 * you are, and the slide is read from its heading.
 */
export const SCREEN_READER_KEYS = {
  key: 'With a screen reader',
  what: 'After each slide change you hear its title and number; focus stays on the page. If the arrow keys do not change the slide, turn on focus mode (NVDA: Insert+Space; JAWS: Insert+Z). To read the slide, go to its heading (H in browse mode) and read on.',
} as const;

/**
 * Call before reveal.js starts. reveal.js writes the whole first slide's text into its live
 * region (`.aria-status`, which it creates unless the deck already has one) as it starts, about
 * 50-65 ms before announceSlides replaces it: a screen reader could begin to read the whole
 * slide. It is handed a region that is hidden and not live instead, so that text reaches no one.
 */
export function muteRevealStatus(root: HTMLElement): void {
  if (root.querySelector(':scope > .aria-status')) return;
  const muted = document.createElement('div');
  muted.className = 'aria-status';
  muted.hidden = true;
  root.append(muted);
}

/** Replaces reveal.js's live region with one that says where you are, once per change. */
export function announceSlides(deck: DeckApi, root: HTMLElement): void {
  // reveal keeps a reference and goes on writing the whole slide text into it: detached, that
  // text reaches no one.
  root.querySelector(':scope > .aria-status')?.remove();
  const region = document.createElement('div');
  region.className = 'aria-status deck-status visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.textContent = statusText(deck, true, []);
  root.append(region);

  // One change of position can fire several events (a slide change, then its fragments):
  // they are gathered and announced once, after reveal.js has finished updating.
  let pending: { slideChanged: boolean; shown: Element[] } | null = null;
  const queue = (slideChanged: boolean, shown: readonly Element[]): void => {
    if (!pending) {
      pending = { slideChanged: false, shown: [] };
      queueMicrotask(() => {
        const { slideChanged: changed, shown: all } = pending!;
        pending = null;
        region.textContent = statusText(deck, changed, all);
      });
    }
    pending.slideChanged ||= slideChanged;
    pending.shown.push(...shown);
  };
  deck.on('slidechanged', () => queue(true, []));
  deck.on('fragmentshown', ((event: Event & { fragments?: Element[] }) => queue(false, event.fragments ?? [])) as EventListener);
  deck.on('fragmenthidden', () => queue(false, []));
}

/** Focuses a slide's heading (made focusable by script only: it is no tab stop). */
function focusHeading(slide: Element | undefined): void {
  const heading = slide?.querySelector<HTMLElement>(`.${CLASS.title}`) ?? slide?.querySelector<HTMLElement>('h1, h2');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * Links between slides: `#/slide-id` (reveal's route, which names no element) becomes
 * `#slide-id`, and following one (click or Enter, or any change of the address's hash) moves
 * focus to the new slide's heading, so a screen reader starts reading there instead of at the
 * top of the page.
 */
export function followDeckLinks(deck: DeckApi, root: HTMLElement): void {
  const slides = root.querySelector('.slides');
  if (!slides) return;
  for (const link of slides.querySelectorAll<HTMLAnchorElement>('a[href^="#/"]')) {
    const id = decodeURIComponent(link.getAttribute('href')!.slice(2).split('/')[0] ?? '');
    if (id && document.getElementById(id)?.closest('.slides section')) link.setAttribute('href', `#${encodeURIComponent(id)}`);
  }
  // On the root, so it runs after reveal's own click handler on .slides has moved to the slide.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link || !slides.contains(link) || !event.defaultPrevented || deck.isOverview()) return;
    const slide = deck.getCurrentSlide();
    focusHeading(slide);
    // reveal lifts `inert` from the new slide while it updates; if focus did not take, try
    // once more after that.
    if (slide && !slide.contains(document.activeElement)) requestAnimationFrame(() => focusHeading(slide));
  });
  // A link reveal does not route itself (from outside the slides, the address bar, Back):
  // reveal moves on `hashchange` (its listener came first), then focus follows.
  window.addEventListener('hashchange', () => {
    if (!deck.isOverview()) focusHeading(deck.getCurrentSlide());
  });
}
