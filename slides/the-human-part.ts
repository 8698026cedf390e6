import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'the-human-part',
  title: 'The part about people: leftover tumor from about 20 women',
  evidence: 'human-tissue-study',
  sources: ['karagiannis2017', 'medicalxpress2017', 'metastat2017'],
  body: [
    {
      id: 'what-was-done',
      type: 'list',
      stepwise: true,
      items: [
        { facts: ['women-count', 'women-drugs'], text: 'About 20 women had three chemo drugs, including paclitaxel, before surgery.' },
        { facts: ['women-leftover'], text: ['Researchers looked at their ', { term: 'residual', define: true }, ': the part still there at surgery.'] },
        { facts: ['women-more-doorways'], text: 'After chemo, it tended to have more doorways.' },
      ],
    },
    {
      id: 'human-limits',
      type: 'callout',
      tone: 'caveat',
      facts: ['women-markers-only', 'women-no-comparison'],
      text: ['Doorway counts are ', { term: 'marker', text: 'markers', define: true }, ': signs in tissue. No group without chemo was compared.'],
    },
  ],
  notes: {
    say: [
      {
        facts: ['women-count', 'women-drugs'],
        text: 'Now the part about people. About 20 women had chemo before surgery. They had three chemo drugs, including paclitaxel. Reports differ on the order of the drugs, so we do not give it.',
      },
      { facts: ['women-leftover'], text: 'The team looked at the leftover tumor under a microscope. That is the part of the tumor still there at surgery, after chemo.' },
      { facts: ['women-more-doorways'], text: 'After chemo, the leftover tumor tended to have more doorways. Reports differ on how many of the women showed this, so we give no number.' },
      { facts: ['women-markers-only'], text: 'Doorway counts are markers. A marker is a sign we can measure. It is not the same as cancer spreading, or living a shorter life.' },
      {
        facts: ['women-no-comparison', 'women-selected'],
        text: 'This part has limits. It was not a randomized trial: every woman had chemo, so there was no group without chemo to compare with. And only tumors that did not fully respond could be studied.',
      },
    ],
    short: {
      say: [
        {
          facts: ['women-count', 'women-drugs', 'women-leftover', 'women-more-doorways'],
          text: 'Now the part about people. About 20 women had three chemo drugs, including paclitaxel, before surgery. After chemo, their leftover tumor tended to have more doorways.',
        },
        {
          facts: ['women-markers-only', 'women-no-comparison'],
          text: 'Doorway counts are markers: signs in tissue. There was no group without chemo to compare with, and the study did not show whether their cancer spread.',
        },
      ],
    },
    question: 'If my tumor shrank with chemo, does this apply to me?',
    answer: {
      facts: ['women-count', 'women-selected', 'ask-care-team'],
      text: 'This part of the study only looked at about 20 women with some tumor left after chemo. It cannot tell us about any one person. Your care team can talk with you about your own results.',
    },
  },
});
