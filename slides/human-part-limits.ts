import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'human-part-limits',
  title: 'What the part about people cannot tell us',
  evidence: 'human-tissue-study',
  sources: ['karagiannis2017', 'medicalxpress2017'],
  body: [
    {
      id: 'human-limits',
      type: 'list',
      items: [
        'It was not a randomized trial: there was no group without chemo.',
        'Only women with some tumor left after chemo could be studied.',
        'We found no report of whether their cancer spread, or how long they lived.',
      ],
    },
    {
      type: 'callout',
      tone: 'caveat',
      text: 'So it cannot show whether chemo first harmed or helped these women.',
    },
  ],
  notes: {
    say: [
      'This part of the study has limits, and they matter.',
      'It was not a randomized trial. All the women had chemo, so there was no group without chemo to compare with.',
      'Only women with some tumor left after chemo could be studied. Their cancers did not fully respond, so they may differ from other women.',
      'We found no report of whether these women’s cancer later spread, or how long they lived. So this part cannot show whether chemo first harmed them or helped them.',
    ],
    question: 'So did chemo make these women worse?',
    answer:
      'This study cannot say. It counted signs in tissue. The large trials, which did follow women for years, found about the same survival either way.',
  },
});
