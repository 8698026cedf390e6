import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'teach-back',
  id: 'check-your-understanding',
  title: 'Check your understanding',
  sources: ['karagiannis2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
  body: [
    { type: 'paragraph', text: 'To make sure we explained it well, tell us in your own words:' },
    {
      type: 'list',
      style: 'numbered',
      stepwise: true,
      items: [
        'Where was most of this study done?',
        'What did the study look at in about 20 women?',
        'What did large trials find about chemo before or after surgery?',
        'Should you change your treatment because of this study?',
      ],
    },
  ],
  notes: {
    say: [
      'Let us check that I explained things clearly. This checks how well I explained it, not you.',
      'Go through one question at a time, and let people answer in their own words. If an answer is off, explain that part again in a different way.',
      {
        facts: ['study-mostly-mice', 'women-count', 'women-markers-only', 'trials-deaths', 'keep-to-plan'],
        text: 'Good answers: most of it was in mice. In about 20 women, it looked at bits of tumor under a microscope. Large trials found about the same survival either way. And no, do not change treatment on your own.',
      },
    ],
    question: 'What if I got one wrong?',
    answer: 'That means I need to explain it better. Let us go over that part again together.',
  },
});
