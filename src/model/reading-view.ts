// The reading view (read.html): the whole talk as one page, built from the same compiled deck.
// One definition of its file name, of how a slide's place in it is addressed, and of the words
// the deck uses to point at it (the slides' link, the phone banner, the handout).

/** The page the build writes next to index.html (dist/read.html, out/read.html). */
export const READ_PAGE = 'read.html';

/** A slide's place in the reading view: its section has the slide's id. */
export const readingViewHref = (slideId: string, base: string = READ_PAGE): string => `${base}#${encodeURIComponent(slideId)}`;

import { UI } from './ui/index.ts';

/** The link's words on a slide, in English (the check reads them like the slide's own text; every language's are in src/model/ui/). */
export const READING_VIEW_TEXT = UI.en.reading.link;

/** An address as people type it: no https://, no trailing slash. */
export const shownAddress = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
