// The deck: its facts about itself, its registries and the order of its slides.
// This list is the one place that sets slide order. Its type requires the title slide first
// and the caveats slide ("before we start") second.

import beforeWeStart from './before-we-start.ts';
import type { Deck } from './define.ts';
import { glossaryRegistry } from './glossary.ts';
import { sourceRegistry } from './sources.ts';
import title from './title.ts';

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
  slides: [title, beforeWeStart],
};

export default deck;
