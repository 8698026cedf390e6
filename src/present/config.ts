// reveal.js settings for this deck. Query parameters still override them (reveal.js merges
// `?view=print&showNotes=separate-page&pdfSeparateFragments=true` last), which is how the PDF
// export picks its variant.

import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import type { DeckConfig } from './reveal-facade.ts';


/** Space around the slide when presenting, as a share of its size (the PDF uses none). */
const PRESENTING_MARGIN = 0.04;

export function deckConfig(options: { reducedMotion: boolean }): DeckConfig {
  const calm = options.reducedMotion;
  return {
    width: SLIDE_SIZE.width,
    height: SLIDE_SIZE.height,
    margin: PRESENTING_MARGIN,
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
