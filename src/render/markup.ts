// Class names and data attributes that the renderer writes and that other parts read (the
// presenting bootstrap, the PDF export's page-side code, the browser tests). Defined here once;
// nobody outside the renderer writes these as bare strings. (The theme's CSS uses the same names.)

export const CLASS = {
  /** The slide's fixed-size box inside its <section> (reveal's print CSS strips <section>'s own layout). */
  frame: 'slide-frame',
  header: 'slide-header',
  title: 'slide-title',
  subtitle: 'subtitle',
  byline: 'byline',
  body: 'slide-body',
  split: 'split',
  columnText: 'column-text',
  columnVisual: 'column-visual',
  /** "Sources: [1] …" under the body. */
  sourceLine: 'slide-sources',
  badges: 'evidence-badges',
  badge: 'evidence-badge',
  visuallyHidden: 'visually-hidden',
  /** reveal.js: shown on a later key press. */
  fragment: 'fragment',
  /** reveal.js: speaker notes. */
  notes: 'notes',
  notesQuestion: 'notes-question',
  notesAnswer: 'notes-answer',
  term: 'term',
  cite: 'cite',
  figure: 'figure',
  figureArt: 'figure-art',
  chart: 'chart',
  chartTable: 'chart-table',
  references: 'references',
  glossary: 'glossary',
  deckInfo: 'deck-info',
  contact: 'contact',
  /** The link to the slide's place in the reading view (read.html), in the slide's header. */
  readingView: 'reading-view',
  /** The banner on narrow screens that offers the reading view (index.html). */
  readBanner: 'read-banner',
  /** The screen shown instead of the deck when it cannot be presented. */
  error: 'deck-error',
} as const;

export const DATA = {
  /** On <section>: the slide's kind. */
  kind: 'data-kind',
  /** On <section>: its number in the edition (what the slide number shows). */
  number: 'data-number',
  /** On <section>: key presses that reveal something (fragments). */
  steps: 'data-steps',
  term: 'data-term',
  source: 'data-source',
  evidence: 'data-evidence',
  /** On <html>: loading (no script yet) → starting → ready → pdf-ready, or error. */
  deckState: 'data-deck-state',
  /** On <html>: the edition this page shows. */
  edition: 'data-edition',
  /** On a reading-view link: it points at read.html next to the page (not a published address). */
  local: 'data-local',
  /** In index.html's "cannot start from a file" notice: the single file to open, and the command that makes it (per edition). */
  singleFile: 'data-single-file',
  singleCommand: 'data-single-command',
} as const;

export const DECK_STATE = { loading: 'loading', starting: 'starting', ready: 'ready', pdfReady: 'pdf-ready', error: 'error' } as const;
export type DeckState = (typeof DECK_STATE)[keyof typeof DECK_STATE];

/** `[data-deck-state="ready"]` and friends, for CSS-style selectors in code and tests. */
export const stateSelector = (state: DeckState): string => `html[${DATA.deckState}="${state}"]`;

/** The link to a slide, as reveal.js routes it. */
export const slideHref = (id: string): string => `#/${id}`;
