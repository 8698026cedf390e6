// The deck: its facts about itself, its registries and the order of its slides.
// This list is the one place that sets slide order. Its type requires the title slide first
// and the caveats slide ("before we start") second.

import aboutThisDeck from './about-this-deck.ts';
import beforeWeStart from './before-we-start.ts';
import checkYourUnderstanding from './check-your-understanding.ts';
import { defineEditions, type Deck, type SlideOrder } from './define.ts';
import earlierStudies from './earlier-studies.ts';
import findingBloodAndLungs from './finding-blood-and-lungs.ts';
import findingBlockingDoorways from './finding-blocking-doorways.ts';
import findingMoreDoorways from './finding-more-doorways.ts';
import { adviceRegistry, factRegistry, namedFacts } from './facts/index.ts';
import { glossaryRegistry } from './glossary.ts';
import howCancerSpreads from './how-cancer-spreads.ts';
import humanPartLimits from './human-part-limits.ts';
import kindsOfEvidence from './kinds-of-evidence.ts';
import largeTrials from './large-trials.ts';
import laterStudy from './later-study.ts';
import mouseExperiments from './mouse-experiments.ts';
import otherExperts from './other-experts.ts';
import questionsToAsk from './questions-to-ask.ts';
import rebastinibToday from './rebastinib-today.ts';
import references from './references.ts';
import references2 from './references-2.ts';
import references3 from './references-3.ts';
import references4 from './references-4.ts';
import references5 from './references-5.ts';
import secondTrial from './second-trial.ts';
import { sourceRegistry } from './sources.ts';
import summary from './summary.ts';
import the2025Headline from './the-2025-headline.ts';
import theHumanPart from './the-human-part.ts';
import title from './title.ts';
import whatHasChanged from './what-has-changed.ts';
import whatIsATmemDoorway from './what-is-a-tmem-doorway.ts';
import whatTheTrialsMean from './what-the-trials-mean.ts';
import whatThisMeansForYou from './what-this-means-for-you.ts';
import whoDidTheStudy from './who-did-the-study.ts';
import whyChemoFirst from './why-chemo-first.ts';
import whyNotToWait from './why-not-to-wait.ts';
import wordsToKnow from './words-to-know.ts';
import wordsToKnow2 from './words-to-know-2.ts';

// Every slide, in the order of the full edition.
const slides = [
  // Start: purpose and main message, then what the study can and cannot tell you.
  title,
  beforeWeStart,
  the2025Headline,
  // What large trials in women showed, first: the evidence about outcomes.
  largeTrials,
  secondTrial,
  whatTheTrialsMean,
  whyChemoFirst,
  otherExperts,
  // How might this happen? The study itself: mostly mice, then the human tissue part.
  kindsOfEvidence,
  howCancerSpreads,
  whatIsATmemDoorway,
  earlierStudies,
  mouseExperiments,
  findingMoreDoorways,
  findingBloodAndLungs,
  findingBlockingDoorways,
  theHumanPart,
  humanPartLimits,
  laterStudy,
  // What happened next, and who did the study.
  rebastinibToday,
  whatHasChanged,
  whoDidTheStudy,
  // For you: why not to wait, actions, questions, the summary, teach-back, then reference material.
  whyNotToWait,
  whatThisMeansForYou,
  questionsToAsk,
  summary,
  checkYourUnderstanding,
  wordsToKnow,
  wordsToKnow2,
  references,
  references2,
  references3,
  references4,
  references5,
  aboutThisDeck,
] as const satisfies SlideOrder;

/** The id of every slide in the deck (slides/handout.ts points at slides by these). */
export type SlideId = (typeof slides)[number]['id'];

/**
 * Shorter editions: slide ids in the order shown (title first, caveats second; typos do not compile).
 * `short`: about 10 minutes of speech (at most 1,300 spoken words at 130 a minute), using each
 * slide's `notes.short` script where it has one.
 */
const editions = defineEditions(slides, {
  short: [
    'title',
    'before-we-start',
    'the-2025-headline',
    'large-trials',
    'what-the-trials-mean',
    'finding-blood-and-lungs',
    'the-human-part',
    'what-this-means-for-you',
    'questions-to-ask',
    'summary',
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
  date: '2026-11-26',
  reviewDate: '2027-05-26',
  version: '1.0.0',
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
