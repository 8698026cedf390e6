import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'what-the-trials-mean',
  title: 'What these trials can and cannot tell us',
  evidence: 'randomized-trials',
  sources: ['ebctcg2018', 'mdedgePierce'],
  body: [
    {
      id: 'trial-limits',
      type: 'list',
      items: [
        'Spread and deaths from breast cancer were about the same either way.',
        'Women joined these trials from 1983 to 2002.',
        ['Most chemo (81 in 100) was based on a different drug family from ', { term: 'paclitaxel', define: true }, '.'],
      ],
    },
    {
      type: 'callout',
      tone: 'key-point',
      text: 'Their drugs were older. Still, they are the best evidence on spread and survival.',
    },
  ],
  notes: {
    say: [
      'So what do these trials tell us? Whether chemo came before or after surgery, cancer spread to other organs just as often. Deaths from breast cancer were about the same.',
      'There were two differences. With chemo first, cancer came back in the same breast or nearby somewhat more often. And more women could keep their breast.',
      'These trials have limits. Women joined them between 1983 and 2002. In 81 of 100 cases, the chemo was based on a different family of drugs from paclitaxel. Paclitaxel is a common chemo drug, and the main drug in the 2017 mouse study.',
      'Even so, these trials are the best evidence we have about what matters most. They measured spread and survival in thousands of women.',
    ],
    short: {
      say: [
        'These trials have limits. Women joined them between 1983 and 2002, so the drugs were older. Most of the chemo was based on a different family of drugs from paclitaxel. Paclitaxel was the main drug in the 2017 mouse study.',
        'Even so, they are the best evidence we have about spread and survival in thousands of women.',
      ],
    },
    question: 'Do these trials mean chemo before surgery is right for me?',
    answer:
      'They show that, across thousands of women, the order did not change spread or survival. Your care team can explain why they chose chemo first or surgery first for you.',
  },
});
