// What the clinic kit holds (npm run kit): one list of files, each with what it is for, from
// which the kit is made, START-HERE.html describes it and the tests check it. The names are the
// project's own output names (out/deck.pdf, deck-short.pptx, …), so a file means the same thing
// wherever it turns up.

import { FULL_EDITION } from '../../model/types.ts';
import { READ_PAGE } from '../../model/reading-view.ts';
import type { Paper } from '../variants.ts';

/** Who opens a file, as START-HERE.html groups them. */
export type KitUse = 'present' | 'powerpoint' | 'print' | 'patients';

export type KitMaker =
  | { readonly kind: 'single'; readonly page: string }
  | { readonly kind: 'pdf'; readonly variant: 'slides' | 'notes'; readonly edition: string }
  | { readonly kind: 'handout'; readonly paper: Paper; readonly edition: string }
  | { readonly kind: 'pptx'; readonly edition: string };

export interface KitFile {
  /** Its name in the kit folder (flat: a presenter sees every file at once). */
  readonly name: string;
  readonly use: KitUse;
  /** One plain sentence: what it is. */
  readonly what: string;
  readonly make: KitMaker;
}

/** The kit folder's own name (and the zip's: clinic-kit.zip holds clinic-kit/). */
export const KIT_NAME = 'clinic-kit';
export const START_HERE = 'START-HERE.html';
export const REVIEW_STATUS = 'REVIEW-STATUS.txt';
export const SUMS = 'SHA256SUMS';

const suffix = (edition: string): string => (edition === FULL_EDITION ? '' : `-${edition}`);

/** How a file names its edition in a sentence. */
export function editionWords(edition: string, minutes: number): string {
  return edition === FULL_EDITION ? `the full talk (about ${Math.max(1, Math.round(minutes))} minutes)` : `the ${edition} edition (about ${Math.max(1, Math.round(minutes))} minutes)`;
}

export interface KitEdition {
  readonly name: string;
  readonly minutes: number;
  readonly hasHandout: boolean;
}

/** Every file the kit makes, in the order START-HERE.html lists them. */
export function kitFiles(editions: readonly KitEdition[]): KitFile[] {
  const files: KitFile[] = [];
  for (const e of editions) {
    const s = suffix(e.name);
    const words = editionWords(e.name, e.minutes);
    files.push({ name: `deck${s}.html`, use: 'present', what: `The slides of ${words}, in one file: open it in Chrome, Edge or Firefox.`, make: { kind: 'single', page: `deck${s}.html` } });
    files.push({ name: `deck${s}.pptx`, use: 'powerpoint', what: `The slides of ${words} as a PowerPoint file you can edit, with the speaker notes.`, make: { kind: 'pptx', edition: e.name } });
    files.push({ name: `deck${s}.pdf`, use: 'print', what: `The slides of ${words}, one slide per page.`, make: { kind: 'pdf', variant: 'slides', edition: e.name } });
    files.push({ name: `deck${s}-notes.pdf`, use: 'print', what: `The slides of ${words}, each followed by its speaker notes: for the presenter.`, make: { kind: 'pdf', variant: 'notes', edition: e.name } });
    if (e.hasHandout) {
      files.push({ name: `handout${s}-letter.pdf`, use: 'patients', what: `The patient handout of ${words}, on US Letter paper: print it for patients to take home.`, make: { kind: 'handout', paper: 'letter', edition: e.name } });
      files.push({ name: `handout${s}-a4.pdf`, use: 'patients', what: `The same handout on A4 paper.`, make: { kind: 'handout', paper: 'a4', edition: e.name } });
    }
  }
  files.push({ name: READ_PAGE, use: 'patients', what: 'The whole talk as one page that fits a phone, to read at home: put it on your website or send it by email.', make: { kind: 'single', page: READ_PAGE } });
  return files;
}
