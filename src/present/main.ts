// Presenting: the slides are already in the page (rendered at build time by src/build/deck-plugin.ts);
// this starts reveal.js with its plugins on them and publishes state (data-deck-state,
// window.Reveal). It runs three times when the speaker view is open (main window + two
// ?receiver frames), so it has no side effects beyond this page.

import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-400-italic.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import '../theme/theme.css';
import '../theme/print.css';

import { CLASS, DATA, DECK_STATE } from '../render/markup.ts';
import { muteRevealStatus, SCREEN_READER_KEYS } from './announce.ts';
import { deckConfig } from './config.ts';
import { historyForLinks, keepPlaceInScrollView } from './deep-link.ts';
import { followInReadingView } from './reading-banner.ts';
import { createDeck, onDeckEvent } from './reveal-facade.ts';
import { repairRevealUi } from './reveal-ui.ts';
import { fitTextSpacing } from './text-fit.ts';

const html = document.documentElement;
const setState = (state: string) => html.setAttribute(DATA.deckState, state);

/** One of the speaker view's two preview frames (reveal.js's notes plugin loads them with ?receiver). */
const speakerPreview = new URLSearchParams(window.location.search).has('receiver');
// The "upcoming" frame is narrower than the phone breakpoint (about 430 px), so the banner that
// offers phones the reading view covered its top, over the "Upcoming" label. A preview is for
// the presenter: it has no banner. Removed first thing, before anything is awaited.
if (speakerPreview) document.querySelector(`.${CLASS.readBanner}`)?.remove();
// Nor the link to the talk in another language.
if (speakerPreview) document.querySelector('.deck-languages')?.remove();

function isPrintView(): boolean {
  const query = window.location.search;
  return /print-pdf/i.test(query) || new URLSearchParams(query).get('view') === 'print';
}

async function start(): Promise<void> {
  // The dev server shows the validator's message instead of slides when the deck is invalid.
  if (document.querySelector(`.${CLASS.error}`)) return setState(DECK_STATE.error);
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root?.querySelector('.slides > section')) throw new Error('The page has no slides: build it with `npm run build`.');
  setState(DECK_STATE.starting);

  const print = isPrintView();
  // The print view measures each slide once; measure with the real font, not a fallback.
  if (print) await document.fonts.ready;

  // Read before reveal.js starts: in the scroll view it overwrites the address (deep-link.ts).
  const openedAt = window.location.hash;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  muteRevealStatus(root);
  const reveal = createDeck(root, deckConfig({ reducedMotion }));
  window.Reveal = reveal;
  repairRevealUi(reveal);
  followInReadingView(reveal);

  const pdfReady = print ? new Promise<void>((resolve) => onDeckEvent(reveal, 'pdf-ready', () => resolve())) : null;
  await reveal.initialize();
  reveal.registerKeyboardShortcut(SCREEN_READER_KEYS.key, SCREEN_READER_KEYS.what);
  keepPlaceInScrollView(reveal, openedAt);
  historyForLinks(reveal, root);
  // The reader's own text spacing (WCAG 1.4.12) keeps every slide inside its canvas (text-fit.ts).
  if (!print) fitTextSpacing(reveal, root);
  setState(DECK_STATE.ready);
  // `npm run dev` marks a slide that does not fit (src/present/dev-fit.ts). The build replaces
  // import.meta.env.DEV with false and drops this, so the deck that ships carries none of it.
  if (import.meta.env.DEV && !print) void import('./dev-fit.ts').then((dev) => dev.watchFit(reveal));
  if (pdfReady) {
    await pdfReady;
    setState(DECK_STATE.pdfReady);
  }
}

/**
 * Resolves once the browser has painted a frame: reveal.js's start-up (a long task on a phone) then
 * runs after the first paint, which the stylesheet alone makes show the first slide. A hidden page
 * paints no frames (requestAnimationFrame waits until it is shown), so it starts at once.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    // rAF runs just before a frame is painted; a task queued from it runs after that paint.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

// The print view (PDF export) has no first paint to protect; it starts at once.
(isPrintView() ? Promise.resolve() : afterFirstPaint()).then(start).catch((error: unknown) => {
  console.error(error);
  setState(DECK_STATE.error);
});
