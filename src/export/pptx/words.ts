// The words the PowerPoint file adds around the deck's own text (labels, notes headings, the
// note about editing), in one place, so a translated edition changes them here only. Where the
// slides say the same thing, the words are the same (src/render/*).

export const WORDS = {
  /** A callout without a title starts with its meaning in words, not only in colour. */
  callout: { 'key-point': 'Key point:', caveat: 'Caution:' },
  /** The evidence badge: "Kind of evidence: Mouse study" (the slides say it to screen readers). */
  evidence: (count: number): string => (count === 1 ? 'Kind of evidence:' : 'Kinds of evidence:'),
  and: ' and ',
  /** The sources line at the foot of a slide. */
  sources: (count: number): string => (count === 1 ? 'Source:' : 'Sources:'),
  sourceSeparator: ' · ',
  /** The first column of a chart's table (src/render/chart.ts). */
  tableCorner: 'What was counted',
  /** A reference without a verified year (src/render/blocks.ts). */
  question: 'Question:',
  answer: 'Answer:',
  /** The first slide's notes end with this, so whoever edits the file knows what they lose. */
  aboutThisFile: [
    'About this file: it was made from the deck’s source files with npm run pptx.',
    'A copy edited in PowerPoint is no longer checked by npm run check (plain language, honesty, sources), and PowerPoint edits do not change the deck.',
    'The deck’s repository stays the source of truth: make lasting changes there and make this file again.',
  ],
} as const;
