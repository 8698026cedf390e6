import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'the-human-part',
  title: 'The part about people: tumor tissue from about 20 women',
  evidence: 'human-tissue-study',
  sources: ['karagiannis2017', 'medicalxpress2017', 'metastat2017'],
  body: [
    {
      id: 'what-was-done',
      type: 'list',
      stepwise: true,
      items: [
        'About 20 women had chemo before surgery.',
        'They had three chemo drugs, including paclitaxel.',
        ['Researchers looked at the ', { term: 'residual', define: true }, ': the part still there at surgery.'],
        'After chemo, the leftover tumor tended to have more doorways.',
      ],
    },
    {
      type: 'callout',
      tone: 'caveat',
      text: ['Doorway counts are ', { term: 'marker', define: true }, 's: signs in tissue, not spread or survival.'],
    },
  ],
  notes: {
    say: [
      'Now the part about people. About 20 women had chemo before surgery. They had three chemo drugs, including paclitaxel. Reports differ on the order of the drugs, so we do not give it.',
      'The team looked at the leftover tumor under a microscope. That is the part of the tumor still there at surgery.',
      'After chemo, the leftover tumor tended to have more doorways. Reports differ on how many of the women showed this, so we do not give a number.',
      'Doorway counts are markers. A marker is a sign we can measure. It is not the same as cancer spreading, or living a shorter life.',
    ],
    short: {
      say: [
        'Now the part about people. About 20 women had chemo before surgery, with three chemo drugs, including paclitaxel.',
        'Researchers looked at the leftover tumor: the part still there at surgery. After chemo, it tended to have more doorways.',
        'Doorway counts are markers: signs in tissue. This was not a randomized trial. All the women had chemo, so there was no group without chemo to compare. And we found no report of whether their cancer spread, or how long they lived.',
      ],
    },
    question: 'If my tumor shrank with chemo, does this apply to me?',
    answer:
      'This part of the study only looked at about 20 women with some tumor left after chemo. It cannot tell us about any one person. Your care team can talk with you about your own results.',
  },
});
