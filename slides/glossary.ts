// The glossary: every medical or technical word the deck uses, defined once in plain words
// (each definition at most 20 words). Slides refer to entries by id ({ term: 'tmem' }); the use
// marked `define: true` is where the slide explains the word, and it links to "words to know".
// Everyday words (spread, tumor, blood, surgery) are not listed on purpose.

import type { Glossary, GlossaryEntry } from '../src/model/types.ts';

export const glossary = {
  chemo: {
    term: 'chemo',
    definition: 'Short for chemotherapy: medicine that kills cancer cells or stops them from growing.',
    forms: ['chemotherapy'],
  },
  neoadjuvant: {
    term: 'neoadjuvant chemo',
    definition: 'The doctors’ name for chemo given before surgery, to shrink the tumor first.',
    forms: ['neoadjuvant'],
  },
  metastasis: {
    term: 'metastasis',
    definition: 'The doctors’ word for cancer that has spread to other parts of the body, such as the lungs.',
    forms: ['metastases', 'metastatic'],
  },
  tmem: {
    term: 'TMEM doorway',
    definition: 'A tiny spot in a tumor where three cells touch. In animal studies, cancer cells got into the blood there.',
    expansion: 'tumor microenvironment of metastasis',
    forms: ['TMEM'],
  },
  macrophage: {
    term: 'macrophage',
    definition: 'A kind of immune cell. Some macrophages help tumors grow blood vessels.',
    forms: ['macrophages'],
    leftOffWordsToKnow: { reason: "Named once, in the doorway figure's caption, where it is explained; the list keeps the words people need to follow the trials and the study." },
  },
  paclitaxel: {
    term: 'paclitaxel',
    definition: 'A common chemo drug for breast cancer. It was the main drug studied in the mice.',
  },
  rebastinib: {
    term: 'rebastinib',
    definition: 'An experimental drug that blocks a signal that doorways use. It is not approved.',
    leftOffWordsToKnow: { reason: 'An experimental drug named on one mouse slide, defined there; the list keeps words people will hear from their care team.' },
  },
  residual: {
    term: 'leftover tumor',
    definition: 'The part of a tumor still there at surgery, after chemo. Doctors call it residual tumor.',
    forms: ['residual'],
  },
  marker: {
    term: 'marker',
    definition: 'A sign that can be measured, like a count under a microscope. It is not the same as an outcome.',
    forms: ['markers', 'biomarker', 'biomarkers'],
  },
  randomizedTrial: {
    term: 'randomized trial',
    definition: 'A study in people where chance decides who gets which treatment, so the groups can be compared fairly.',
    forms: ['randomized trials', 'randomised trial', 'randomised trials'],
  },
  patent: {
    term: 'patent',
    definition: 'A legal right to an invention. Others need permission to use the invention.',
    forms: ['patents'],
    leftOffWordsToKnow: { reason: 'An everyday legal word, defined where the conflicts of interest are told; the list keeps medical words.' },
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof glossary;

/** The glossary as the engine sees it. */
export const glossaryRegistry: Glossary<TermId> = glossary;
