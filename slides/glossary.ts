// The glossary: every medical or technical word the deck uses, defined once in plain words.
// Slides refer to entries by id ({ term: 'tmem' }); the "words to know" slide lists them.

import type { Glossary, GlossaryEntry } from '../src/model/types.ts';

export const glossary = {
  chemo: {
    term: 'chemo',
    definition: 'Short for chemotherapy: medicine that kills cancer cells or stops them from growing.',
    forms: ['chemotherapy'],
  },
  neoadjuvant: {
    term: 'chemo before surgery',
    definition: 'Chemo given to shrink a tumor before the operation. Doctors call it neoadjuvant chemo.',
    forms: ['neoadjuvant', 'pre-surgery chemo', 'preoperative'],
  },
  spread: {
    term: 'spread',
    definition: 'When cancer cells travel to other parts of the body, such as the lungs, and grow there. Doctors call it metastasis.',
    forms: ['metastasis', 'metastases', 'metastatic'],
  },
  tissue: {
    term: 'tumor tissue',
    definition: 'A small piece of the tumor, looked at under a microscope.',
  },
  tmem: {
    term: 'TMEM doorway',
    definition: 'A tiny spot in a tumor where three cells touch, and where cancer cells can slip into the blood.',
    expansion: 'tumor microenvironment of metastasis',
    forms: ['TMEM', 'doorway', 'doorways'],
  },
  macrophage: {
    term: 'macrophage',
    definition: 'A kind of immune cell. Some help tumors grow blood vessels.',
    forms: ['macrophages'],
  },
  mena: {
    term: 'Mena',
    definition: 'A protein that helps cancer cells move.',
    forms: ['MENA', 'MenaINV'],
  },
  rebastinib: {
    term: 'rebastinib',
    definition: 'An experimental drug that blocks a signal TMEM doorways use. It is not approved.',
  },
  randomizedTrial: {
    term: 'randomized trial',
    definition: 'A study in people where chance decides who gets which treatment, so the groups can be compared fairly.',
    forms: ['randomized trials', 'randomised'],
  },
  residual: {
    term: 'leftover tumor',
    definition: 'The part of a tumor still there at surgery, after chemo. Doctors call it residual tumor.',
    forms: ['residual'],
  },
  biopsy: {
    term: 'biopsy',
    definition: 'Taking a small piece of tissue to look at under a microscope.',
    forms: ['biopsies'],
  },
  careTeam: {
    term: 'care team',
    definition: 'The doctors, nurses and others who look after your cancer treatment.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof glossary;

/** The glossary as the engine sees it. */
export const glossaryRegistry: Glossary<TermId> = glossary;
