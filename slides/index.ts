// The deck: its facts about itself, its registries and the order of its slides.
// This list is the one place that sets slide order. Its type requires the title slide first
// and the caveats slide ("before we start") second.

import aboutThisDeck from './about-this-deck.ts';
import beforeWeStart from './before-we-start.ts';
import checkYourUnderstanding from './check-your-understanding.ts';
import { defineEditions, type Deck, type SlideOrder } from './define.ts';
import earlierStudies from './earlier-studies.ts';
import { adviceRegistry, factRegistry, namedFacts } from './facts/index.ts';
import { glossaryRegistry } from './glossary.ts';
import kindsOfEvidence from './kinds-of-evidence.ts';
import largeTrials from './large-trials.ts';
import laterStudy from './later-study.ts';
import miceMoreDoorways from './mice-more-doorways.ts';
import miceSpread from './mice-spread.ts';
import otherExperts from './other-experts.ts';
import questionsToAsk from './questions-to-ask.ts';
import references from './references.ts';
import references2 from './references-2.ts';
import { sourceRegistry } from './sources.ts';
import summary from './summary.ts';
import the2025Headline from './the-2025-headline.ts';
import theHumanPart from './the-human-part.ts';
import title from './title.ts';
import whatHasChanged from './what-has-changed.ts';
import whatIsATmemDoorway from './what-is-a-tmem-doorway.ts';
import whatTheTrialsMean from './what-the-trials-mean.ts';
import whatThisMeansForYou from './what-this-means-for-you.ts';
import whyChemoFirst from './why-chemo-first.ts';
import wordsToKnow from './words-to-know.ts';

// Every slide, in the order of the full edition (about 20 minutes of speech).
const slides = [
  // Start: purpose and main message, then what the study can and cannot tell you.
  title,
  beforeWeStart,
  the2025Headline,
  // What large trials in women showed, first: the evidence about outcomes.
  largeTrials,
  whatTheTrialsMean,
  whyChemoFirst,
  // Other voices, and who might gain.
  otherExperts,
  // How might this happen? The study itself: mostly mice, then the human tissue part.
  kindsOfEvidence,
  whatIsATmemDoorway,
  earlierStudies,
  miceMoreDoorways,
  miceSpread,
  theHumanPart,
  laterStudy,
  // What has changed since, then for you: actions (and why not to wait), questions, the
  // summary, teach-back, then reference material.
  whatHasChanged,
  whatThisMeansForYou,
  questionsToAsk,
  summary,
  checkYourUnderstanding,
  wordsToKnow,
  references,
  references2,
  aboutThisDeck,
] as const satisfies SlideOrder;

/** The id of every slide in the deck (slides/handout.ts points at slides by these). */
export type SlideId = (typeof slides)[number]['id'];

/** Every slide with its literal type, in order (a translation is typed from these: slides/es/define.ts). */
export type SlideList = typeof slides;

/**
 * Shorter editions: slide ids in the order shown (title first, caveats second; typos do not compile).
 * `short`: about 10 minutes of speech (at most 1,300 spoken words at 130 a minute), using each
 * slide's `notes.short` script where it has one. It keeps the costs, an independent voice and the
 * conflicts of interest, rebastinib's status, a doorway defined on screen, the trials' age and the teach-back.
 */
const editions = defineEditions(slides, {
  short: [
    'title',
    'before-we-start',
    'the-2025-headline',
    'large-trials',
    'what-the-trials-mean',
    'other-experts',
    'what-is-a-tmem-doorway',
    'mice-more-doorways',
    'mice-spread',
    'the-human-part',
    'what-has-changed',
    'what-this-means-for-you',
    'questions-to-ask',
    'summary',
    'check-your-understanding',
    'references',
    'references-2',
    'about-this-deck',
  ],
});

const deck: Deck = {
  meta: {
  title: 'Chemo before breast cancer surgery: what a 2017 study found',
  subtitle: 'The TMEM "doorway" study explained step by step for patients and families',
  lang: 'en',
  author: 'The TMEM Study Explained deck team (patient education, open source)',
  description:
    'A patient-education talk about the 2017 Science Translational Medicine study by Karagiannis and colleagues on chemotherapy before surgery and TMEM doorways, with its limits stated first.',
  keywords: ['breast cancer', 'chemotherapy', 'neoadjuvant', 'TMEM', 'patient education', 'metastasis'],
  date: '2026-12-01',
  reviewDate: '2027-06-01',
  version: '3.0.0',
  funding: 'None. No company, charity or grant paid for this deck.',
  conflicts: 'None. The people who made this deck have no ties to the study team, the drug maker or the test maker.',
  contact: 'Tell the person presenting, or open an issue in the deck’s source repository.',
  },
  sources: sourceRegistry,
  glossary: glossaryRegistry,
  facts: factRegistry,
  advice: adviceRegistry,
  named: namedFacts,
  slides,
  editions,
};

export default deck;
