import { defineCaveatsSlide } from './define.ts';

export default defineCaveatsSlide({
  id: 'before-we-start',
  title: 'Before we start: what this study can and cannot tell you',
  evidence: ['mouse-study', 'human-tissue-study', 'observational-study'],
  sources: ['karagiannis2017', 'medicalxpress2017', 'chavez2016', 'prasad2025', 'figureLegends2017'],
  body: [
    {
      id: 'caveats',
      type: 'list',
      items: [
        { facts: ['study-mostly-mice'], text: 'Most of it was done in mice.' },
        { facts: ['women-count'], text: 'In people, it looked at tissue from about 20 women.' },
        { facts: ['women-markers-only'], text: 'It did not show whether their cancer spread.' },
      ],
    },
    {
      id: 'do-not-stop',
      type: 'callout',
      tone: 'key-point',
      facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
      text: 'Do not stop or delay treatment: talk to your care team. Starting chemo 3 months or more after surgery was linked with lower survival.',
    },
  ],
  notes: {
    say: [
      { facts: ['study-published'], text: 'Before the details, here is what this study can and cannot tell you. First, it is not new: it came out in July 2017.' },
      { facts: ['study-mostly-mice', 'mice-not-people'], text: 'Second, most of the work was done in mice. What happens in mice may not happen in people.' },
      {
        facts: ['women-count', 'women-markers-only'],
        text: 'Third, the part about people looked at small bits of tumor from about 20 women, under a microscope. It counted signs in the tissue. It did not show whether their cancer later spread, or how long they lived.',
      },
      {
        facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
        text: 'Most important: please do not stop or delay your treatment because of this study. Waiting 3 months or more after surgery to start chemo was linked with a lower chance of survival. Bring your questions to your care team: the doctors and nurses who look after you.',
      },
    ],
    short: {
      say: [
        { facts: ['study-published', 'study-mostly-mice'], text: 'Here is what this study can and cannot tell you. It is not new: it came out in July 2017. And most of the work was done in mice.' },
        {
          facts: ['women-count', 'women-markers-only'],
          text: 'In people, it looked at small bits of tumor from about 20 women. It did not show whether their cancer later spread, or how long they lived.',
        },
        {
          facts: ['keep-to-plan', 'delay-finding', 'ask-care-team'],
          text: 'Please do not stop or delay your treatment because of this study. Waiting 3 months or more after surgery to start chemo was linked with lower survival. Bring your questions to your care team.',
        },
      ],
    },
    question: 'Then why did the news say chemo makes cancer more aggressive?',
    answer: {
      facts: ['news-overstated', 'mice-blood-and-lungs', 'women-markers-only'],
      text: 'The headline went further than the study. The extra spread was seen in mice. In women, the study only counted signs in bits of tumor.',
    },
  },
});
