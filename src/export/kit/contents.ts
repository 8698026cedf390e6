// What the clinic kit holds (npm run kit): one list of files, each with what it is for, from
// which the kit is made, its start pages describe it and the tests check it. The names are the
// project's own output names (out/deck.pdf, deck-short.pptx, …), and a translation's files are in
// its language's folder as everywhere else (es/deck.pdf, like out/es/deck.pdf), so a file means the
// same thing wherever it turns up. Each language has its own start page at the top of the kit
// (START-HERE.html, EMPIECE-AQUI.html); every word of it comes from the UI catalogs (src/model/ui/).

import { LOCALES, SOURCE_LANG, type Lang } from '../../model/locales.ts';
import { READ_PAGE } from '../../model/reading-view.ts';
import { FULL_EDITION } from '../../model/types.ts';
import { UI, type KitUse } from '../../model/ui/index.ts';
import type { Paper } from '../variants.ts';

export type { KitUse };

export type KitMaker =
  | { readonly kind: 'single'; readonly page: string }
  | { readonly kind: 'pdf'; readonly variant: 'slides' | 'notes'; readonly edition: string }
  | { readonly kind: 'handout'; readonly paper: Paper; readonly edition: string }
  | { readonly kind: 'pptx'; readonly edition: string };

export interface KitFile {
  /** Its path in the kit folder: flat for the source language (a presenter sees every file at once), in its folder for a translation (es/deck.pdf). */
  readonly name: string;
  readonly lang: Lang;
  readonly use: KitUse;
  /** One plain sentence, in the file's language: what it is. */
  readonly what: string;
  /** How it is made; `page` is the one-file build's own name (deck.html, read.html), whatever the language. */
  readonly make: KitMaker;
}

/** The kit folder's own name (and the zip's: clinic-kit.zip holds clinic-kit/). */
export const KIT_NAME = 'clinic-kit';
export const SUMS = 'SHA256SUMS';

/** A language's start page, at the top of the kit: START-HERE.html, EMPIECE-AQUI.html. */
export const startPage = (lang: Lang): string => UI[lang].kit.startPage;
/** A language's review-status file, in its folder: REVIEW-STATUS.txt, es/ESTADO-DE-REVISION.txt. */
export const statusFile = (lang: Lang): string => `${LOCALES[lang].folder}${UI[lang].kit.statusFile}`;
export const START_HERE = startPage(SOURCE_LANG);
export const REVIEW_STATUS = statusFile(SOURCE_LANG);

const suffix = (edition: string): string => (edition === FULL_EDITION ? '' : `-${edition}`);

/** How a file names its edition in a sentence, in its language. */
export function editionWords(edition: string, minutes: number, lang: Lang = SOURCE_LANG): string {
  return UI[lang].kit.edition(edition, Math.max(1, Math.round(minutes)));
}

export interface KitEdition {
  readonly name: string;
  readonly minutes: number;
  readonly hasHandout: boolean;
}

/**
 * Every file the kit makes of one language, in the order its start page lists them; `words` is the
 * language they are described in (another language's start page lists them too, in its own words).
 */
export function kitFiles(editions: readonly KitEdition[], lang: Lang = SOURCE_LANG, words: Lang = lang): KitFile[] {
  const files: KitFile[] = [];
  const folder = LOCALES[lang].folder;
  const say = UI[words].kit.files;
  const add = (name: string, use: KitUse, what: string, make: KitMaker) => files.push({ name: `${folder}${name}`, lang, use, what, make });
  for (const e of editions) {
    const s = suffix(e.name);
    const edition = editionWords(e.name, e.minutes, words);
    add(`deck${s}.html`, 'present', say.deck(edition), { kind: 'single', page: `deck${s}.html` });
    add(`deck${s}.pptx`, 'powerpoint', say.pptx(edition), { kind: 'pptx', edition: e.name });
    add(`deck${s}.pdf`, 'print', say.slidesPdf(edition), { kind: 'pdf', variant: 'slides', edition: e.name });
    add(`deck${s}-notes.pdf`, 'print', say.notesPdf(edition), { kind: 'pdf', variant: 'notes', edition: e.name });
    if (e.hasHandout) {
      add(`handout${s}-letter.pdf`, 'patients', say.handoutLetter(edition), { kind: 'handout', paper: 'letter', edition: e.name });
      add(`handout${s}-a4.pdf`, 'patients', say.handoutA4, { kind: 'handout', paper: 'a4', edition: e.name });
    }
  }
  add(READ_PAGE, 'patients', say.read, { kind: 'single', page: READ_PAGE });
  return files;
}
