// The reading view (read.html): the whole talk as one page, built from the same compiled deck.
// One definition of its file name, of how a slide's place in it is addressed, and of the words
// the deck uses to point at it (the slides' link, the phone banner, the handout).

import type { Lang } from './locales.ts';
import { UI } from './ui/index.ts';

/** The page the build writes next to index.html (dist/read.html, out/read.html). */
export const READ_PAGE = 'read.html';

/** A slide's place in the reading view: its section has the slide's id. */
export const readingViewHref = (slideId: string, base: string = READ_PAGE): string => `${base}#${encodeURIComponent(slideId)}`;

/** The link's words on a slide, in English (the check reads them like the slide's own text; every language's are in src/model/ui/). */
export const READING_VIEW_TEXT = UI.en.reading.link;

/** An address as people type it: no https://, no trailing slash. */
export const shownAddress = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * The QR code to the published reading view (drawn only when slides/local.ts sets
 * readingViewUrl): the sentence printed beside it, saying what it opens, and its accessible name.
 * The address itself is always printed too, as text, so nobody depends on the code.
 */
export const QR_CAPTION = UI.en.reading.qrCaption;

/** The code's accessible name (its <title> on the web, its alt text in the PDF and in PowerPoint). */
export const qrLabel = (url: string, lang: Lang = 'en'): string => UI[lang].reading.qrLabel(shownAddress(url));

/** Slide kinds that may carry the code, in order of preference: the first with a reading-view block gets it. */
export const QR_SLIDE_KINDS = ['summary', 'about'] as const;
