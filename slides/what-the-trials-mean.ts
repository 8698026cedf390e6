import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-the-trials-mean',
  title: 'What these trial results mean',
  evidence: 'randomized-trials',
  sources: ['ebctcg2018'],
  body: [
    {
      type: 'list',
      items: [
        'Cancer spread to other organs just as often either way.',
        'Deaths from breast cancer were about the same.',
        'With chemo first, cancer came back nearby more often.',
        'With chemo first, more women could keep their breast.',
      ],
    },
    {
      type: 'callout',
      tone: 'key-point',
      text: 'Unlike the 2017 study, these trials measured spread and survival in people.',
    },
  ],
  notes: {
    say: [
      'So what do these trials tell us? Whether chemo came before or after surgery, cancer spread to other organs just as often. Deaths from breast cancer were about the same.',
      'There were two differences. With chemo first, cancer came back in the same breast or nearby somewhat more often. And more women could keep their breast.',
      'These trials are older. Women joined them between 1983 and 2002. But they measured what matters most to patients: spread and survival.',
    ],
    question: 'Do these trials mean chemo before surgery is right for me?',
    answer:
      'They show that, across thousands of women, the order did not change spread or survival. Your care team can explain why they chose chemo first or surgery first for you.',
  },
});
