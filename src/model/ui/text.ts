// The words of the deck's own frame, in one typed catalog per language (en.ts, es.ts): everything a
// patient or presenter reads that is not slide content. The evidence badges, "Slide 3 of 28", the
// sources line, the notes' labels, the reading view's link and banner, "who to call", the clinic's
// fixed phrases (the contact lines, "Presented by"), the about slide's labels, the review and
// translation statements, the handout's headings, the page chrome (the file:// and no-script
// notices) and reveal.js's own English (control labels, the help overlay, the search and jump
// boxes, the speaker view). `UI` (index.ts) is typed `Record<Lang, UiText>`, so a language
// without every string here does not compile, and a new string must be written in every language.

import type { EvidenceKind } from '../evidence.ts';
import type { HandoutSectionId } from '../handout-spec.ts';
import type { Lang } from '../locales.ts';

/** A run of the page chrome's rich text: plain, or shown as <strong> or <code>. */
export type ChromeRun = string | { readonly strong: string } | { readonly code: string };

export interface RevealText {
  /** The four control arrows' accessible names. */
  readonly controls: { readonly previous: string; readonly next: string; readonly up: string; readonly down: string };
  /** The help overlay (?): its title, column heads, each action by reveal.js's English wording, key names and the close button. */
  readonly help: {
    readonly title: string;
    readonly key: string;
    readonly action: string;
    readonly close: string;
    /** reveal.js's English description → this language's. */
    readonly actions: Readonly<Record<string, string>>;
    /** Key names inside the key column ("SPACE", "Shift", "ESC", "CTRL"). */
    readonly keys: Readonly<Record<string, string>>;
  };
  /** The G key's box. */
  readonly jumpToSlide: string;
  /** The search plugin's box (Ctrl+Shift+F). */
  readonly search: string;
  /** The speaker view (S): reveal.js's notes window. */
  readonly speaker: {
    readonly title: string;
    readonly loading: string;
    readonly upcoming: string;
    readonly time: string;
    readonly reset: string;
    readonly pacing: string;
    readonly notes: string;
    readonly layout: string;
    readonly layouts: { readonly default: string; readonly wide: string; readonly tall: string; readonly 'notes-only': string };
  };
}

export interface UiText {
  /** The Intl locale for dates ("5 de julio de 2017"). */
  readonly intl: string;
  /** The link to this language from another one: its name in itself, and the link's accessible name. */
  readonly language: { readonly name: string; readonly link: string };
  readonly evidence: { readonly [K in EvidenceKind]: string };
  /** A reference's form when it matters more than its evidence ("(Press release)"). */
  readonly sourceForm: { readonly 'press-release': string; readonly news: string; readonly patent: string };
  /** Joins two kinds or labels: " and ". */
  readonly and: string;
  /** Before the badges, for screen readers. */
  readonly badges: { readonly one: string; readonly many: string };
  /** Before a slide's source list. */
  readonly sourceLine: { readonly one: string; readonly many: string };
  /** Marks a source whose title and publisher are in English, in another language's deck. */
  readonly inEnglish: string;
  /** A source without a verified date. */
  readonly noDate: string;
  readonly notes: {
    readonly ask: string;
    readonly answer: string;
    /** The notes PDF: "Notes for slide 3: ", "(continued)". */
    readonly sheet: (slide: number, continued: boolean) => string;
    readonly continuedFooter: string;
    /** The notes page's number box: "3 · notes 2". */
    readonly pageLabel: (slide: number, part: number) => string;
  };
  readonly chart: { readonly counted: string };
  /** The slide number as a screen reader hears it. */
  readonly slideNumber: (current: string, total?: string) => string;
  /** The live region: where you are, and what a step showed. */
  readonly status: { readonly slide: (n: number, total: number) => string; readonly step: (k: number, total: number) => string };
  readonly reading: {
    /** The slides' link to the reading view. */
    readonly link: string;
    /** The phone banner (index.html) and its landmark's name. */
    readonly banner: string;
    readonly bannerLabel: string;
    readonly contents: string;
    readonly parts: (n: number) => string;
    readonly footer: string;
    readonly openSlides: string;
    readonly pageTitle: (title: string) => string;
    /** Printed beside the QR code to the published reading view. */
    readonly qrCaption: string;
    /** The QR code's accessible name (its <title>, its alt text in the PDF and PowerPoint), with the address as typed. */
    readonly qrLabel: (address: string) => string;
  };
  readonly contact: {
    readonly whoToCall: string;
    /** No details set: the one line the contact block shows. */
    readonly fallback: string;
    readonly yourCareTeam: string;
    readonly call: (who: string, phone: string) => string;
    readonly write: (who: string, email: string) => string;
    readonly reach: (who: string) => string;
  };
  readonly byline: (name: string, role?: string) => string;
  /** The about slide's facts about the deck. */
  readonly info: {
    readonly madeBy: string;
    readonly factsChecked: string;
    readonly clinicalReview: string;
    readonly nextReview: string;
    readonly nextCheck: string;
    readonly by: (date: string) => string;
    readonly funding: string;
    readonly conflicts: string;
    readonly mistake: string;
    readonly translation: string;
    /** A date that has passed: "June 1, 2027 (past due: not done yet)". */
    readonly pastDue: (date: string) => string;
  };
  /** The clinical review in one sentence (dates already written out). */
  readonly review: {
    readonly none: string;
    readonly current: (r: { readonly name: string; readonly role: string; readonly date: string; readonly scope: string }) => string;
    readonly changed: (r: { readonly name: string; readonly date: string }) => string;
  };
  /**
   * A translation's own review (slides/<lang>/translation-review.ts), in one sentence: until a
   * qualified medical translator has reviewed it, a translated deck says so on its about slide,
   * its handout and its PDFs.
   */
  readonly translation: {
    readonly none: string;
    readonly current: (r: { readonly translator: string; readonly qualification: string; readonly clinician: string; readonly date: string }) => string;
    /** The translation, or the English it was made from, changed after the review. */
    readonly changed: (r: { readonly date: string }) => string;
  };
  readonly handout: {
    readonly sections: { readonly [K in HandoutSectionId]: string };
    readonly subtitle: string;
    readonly askCareTeam: string;
    readonly phoneLine: string;
    readonly ownQuestions: string;
    readonly readOnline: string;
    /** Beside the QR code to the same address (only with readingViewUrl set). */
    readonly scanQr: string;
    /** Before the study's title in the source list: the title is the paper's claim, not the handout's. */
    readonly studyTitle: string;
    readonly title: (title: string) => string;
  };
  /** A shorter edition's page title: "… (short edition)". */
  readonly editionTitle: (title: string, edition: string) => string;
  /** index.html's notices: opened from file://, and scripts off. */
  readonly chrome: {
    readonly fileTitle: string;
    readonly fileWhy: string;
    readonly fileWhat: readonly ChromeRun[];
    readonly noScriptTitle: string;
    readonly noScriptWhat: string;
  };
  readonly reveal: RevealText;
  readonly kit: KitText;
}

/** Who opens a file of the clinic kit, as its start page groups them. */
export type KitUse = 'present' | 'powerpoint' | 'print' | 'patients';

/** A run of the kit page's rich text: plain, or shown as <strong>, <kbd> (a key) or <code>. */
export type KitRun = string | { readonly strong: string } | { readonly kbd: string } | { readonly code: string };

/**
 * The clinic kit (npm run kit, src/export/kit/): its start page in this language, in plain words
 * (which file to open to present, to print, in PowerPoint, for patients; the speaker view; what
 * "not yet reviewed" means), what each file is, and its review-status file.
 */
export interface KitText {
  /** The start page's file name, at the top of the kit ("START-HERE.html", "EMPIECE-AQUI.html"). */
  readonly startPage: string;
  /** The review-status file's name, in the language's folder of the kit. */
  readonly statusFile: string;
  /** Every language's name in this language ("Spanish", "inglés"). */
  readonly languageNames: { readonly [L in Lang]: string };
  readonly pageTitle: (title: string) => string;
  readonly intro: string;
  /** The link to this page from the other languages' start pages, in this language ("Esta página en español"). */
  readonly thisPage: string;
  /** On the source language's page: where a translation's files are ("The same talk in Spanish is in the folder es/."). */
  readonly translationFolder: (language: string, folder: string) => string;
  /** On a translation's page: where the source language's files are (the kit's top folder). */
  readonly sourceFolder: (language: string) => string;
  /** An edition in a sentence: "the full talk (about 24 minutes)". */
  readonly edition: (edition: string, minutes: number) => string;
  /** What each file is, in one plain sentence (`edition` is edition() above). */
  readonly files: {
    readonly deck: (edition: string) => string;
    readonly pptx: (edition: string) => string;
    readonly slidesPdf: (edition: string) => string;
    readonly notesPdf: (edition: string) => string;
    readonly handoutLetter: (edition: string) => string;
    readonly handoutA4: string;
    readonly read: string;
  };
  readonly sections: { readonly [U in KitUse]: { readonly heading: string; readonly intro: string } };
  /** Under the files to present: the speaker view. */
  readonly speakerView: readonly KitRun[];
  /** Under the PowerPoint files: an edited slide is no longer checked. */
  readonly pptxEdited: string;
  /** The clinical review not current: what that means (the facts last checked on `checked`). */
  readonly notReviewed: (checked: string) => string;
  /** A translation not reviewed (or changed since): what that means and what to do. */
  readonly translationNotReviewed: string;
  /** Parts of a translation made from an older English (npm run check: "needs update"). */
  readonly stale: (parts: number) => string;
  /** On a start page, the other language's files for patients (its handouts, its reading view): a heading and one sentence. */
  readonly otherPatients: { readonly heading: (language: string) => string; readonly intro: (language: string) => string };
  readonly otherFiles: string;
  /** What the review-status file is. */
  readonly statusFileIs: string;
  /** What SHA256SUMS is (`file` is its name). */
  readonly sums: (file: string) => readonly KitRun[];
  /** The review-status file's lines. */
  readonly status: {
    readonly version: (version: string, checked: string) => string;
    readonly hash: string;
    readonly covers: string;
    /** A translation's status, in the source language's file ("Spanish translation (es/)"). */
    readonly translationOf: (language: string, folder: string) => string;
  };
}
