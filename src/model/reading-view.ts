// The reading view (read.html): the whole talk as one page, built from the same compiled deck.
// One definition of its file name and of how a slide's place in it is addressed. No words here:
// the slides' script imports this, and the words of every language are in reading-view-words.ts.

/** The page the build writes next to index.html (dist/read.html, out/read.html). */
export const READ_PAGE = 'read.html';

/** A slide's place in the reading view: its section has the slide's id. */
export const readingViewHref = (slideId: string, base: string = READ_PAGE): string => `${base}#${encodeURIComponent(slideId)}`;

/** An address as people type it: no https://, no trailing slash. */
export const shownAddress = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/** Slide kinds that may carry the QR code, in order of preference: the first with a reading-view block gets it. */
export const QR_SLIDE_KINDS = ['summary', 'about'] as const;
