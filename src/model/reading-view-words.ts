// The words the deck uses to point at the reading view (the slides' link, the QR code's caption
// and name), from the UI catalogs (src/model/ui/). Apart from reading-view.ts, so the slides'
// script, which needs only the page's address, does not carry every language's catalog.

import type { Lang } from './locales.ts';
import { shownAddress } from './reading-view.ts';
import { UI } from './ui/index.ts';

/** The link's words on a slide, in English (the check reads them like the slide's own text; every language's are in src/model/ui/). */
export const READING_VIEW_TEXT = UI.en.reading.link;

/**
 * The QR code to the published reading view (drawn only when slides/local.ts sets
 * readingViewUrl): the sentence printed beside it, saying what it opens, and its accessible name.
 * The address itself is always printed too, as text, so nobody depends on the code.
 */
export const QR_CAPTION = UI.en.reading.qrCaption;

/** The code's accessible name (its <title> on the web, its alt text in the PDF and in PowerPoint). */
export const qrLabel = (url: string, lang: Lang = 'en'): string => UI[lang].reading.qrLabel(shownAddress(url));
