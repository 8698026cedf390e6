// reveal.js settings for this deck. Query parameters still override them (reveal.js merges
// `?view=print&showNotes=separate-page&pdfSeparateFragments=true` last), which is how the PDF
// export picks its variant.

import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import type { DeckConfig } from './reveal-facade.ts';

/** The slide canvas in CSS pixels; type sizes in the theme are set against it. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export function deckConfig(options: { reducedMotion: boolean }): DeckConfig {
  const calm = options.reducedMotion;
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: false,
    // Navigation: the URL names the slide (#/slide-id), so a reload keeps the place.
    hash: true,
    respondToHashChanges: true,
    fragmentInURL: true,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    overview: true,
    help: true,
    // Motion: slides change without animation (calmer, and screenshots never catch a fade);
    // fragments fade in unless the system asks for less motion.
    transition: 'none',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    autoAnimate: !calm,
    // Print view (PDF export): one page per slide, all fragments shown, nothing spills over.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    showNotes: false,
    plugins: [Notes, Search, Zoom],
  };
}
