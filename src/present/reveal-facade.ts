// A typed facade over reveal.js 6 that closes the gaps between its .d.ts and its runtime
// (measured against reveal.js 6.0's runtime):
//  - `showNotes` also takes 'separate-page' (the print view puts notes on their own page);
//  - `isPrintView()`, `isScrollView()`, `toggleScrollView()` exist but are not declared, while
//    the declared `isPrintingPDF()` does not exist;
//  - events are DOM events on `.reveal` with payload fields merged in, and are untyped.

import Reveal, { type RevealApi, type RevealConfig } from 'reveal.js';

export type ShowNotes = boolean | 'inline' | 'separate-page';

export interface DeckConfig extends Omit<RevealConfig, 'showNotes'> {
  showNotes?: ShowNotes;
}

export interface DeckApi extends Omit<RevealApi, 'isPrintingPDF'> {
  isPrintView(): boolean;
  isScrollView(): boolean;
  toggleScrollView(override?: boolean): void;
}

interface SlideEvent extends Event {
  readonly indexh: number;
  readonly indexv: number;
  readonly previousSlide?: HTMLElement;
  readonly currentSlide: HTMLElement;
}

interface FragmentEvent extends Event {
  readonly fragment: HTMLElement;
  readonly fragments: HTMLElement[];
}

/** The reveal.js events this deck listens to, with their payloads. */
interface DeckEventMap {
  ready: SlideEvent;
  slidechanged: SlideEvent;
  fragmentshown: FragmentEvent;
  fragmenthidden: FragmentEvent;
  'pdf-ready': Event;
  overviewshown: Event;
  overviewhidden: Event;
  showhelp: Event;
}

export function onDeckEvent<K extends keyof DeckEventMap>(
  deck: DeckApi,
  type: K,
  listener: (event: DeckEventMap[K]) => void,
): void {
  deck.on(type, listener as EventListener);
}

/** Creates (but does not start) a reveal.js deck on the given `.reveal` element. */
export function createDeck(root: HTMLElement, config: DeckConfig): DeckApi {
  // The runtime accepts the wider config; the cast is the one place the gap is bridged.
  return new Reveal(root, config as RevealConfig) as unknown as DeckApi;
}

declare global {
  interface Window {
    /** The running deck, for standard reveal.js tools (decktape, our PDF export, tests). */
    Reveal?: DeckApi;
  }
}
