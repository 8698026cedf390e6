import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'second-trial',
  title: 'Another large trial: survival after 9 years',
  evidence: 'randomized-trials',
  sources: ['rastogi2008', 'nsabpB18'],
  body: [
    {
      type: 'paragraph',
      text: 'In one more trial, 751 women had chemo before surgery and 742 had the same chemo after.',
    },
    {
      id: 'second-trial-chart',
      type: 'chart',
      alt: 'Alive 9 years later: 69 in 100 women with chemo first, and 70 in 100 with surgery first. About the same.',
      caption: 'One randomized trial: chance decided who had chemo first.',
      unit: 'per-100',
      series: ['Chemo before surgery', 'Chemo after surgery'],
      rows: [{ label: 'Alive 9 years later', values: [69, 70] }],
      denominator: 'Per 100 women, out of 751 with chemo first and 742 with surgery first.',
    },
    { type: 'callout', tone: 'key-point', text: 'Survival was about the same either way.' },
  ],
  notes: {
    say: [
      'Here is one large trial on its own. Chance decided who had chemo before surgery and who had the same chemo after.',
      'After 9 years, about 69 in 100 women with chemo first were alive. With surgery first, it was about 70 in 100. That is about the same.',
      'The team who ran it wrote that chemo first was as good as chemo after.',
    ],
    question: 'Is a difference of 69 and 70 in 100 a real difference?',
    answer: 'Not a real one. The team found no real difference in how long women lived.',
  },
});
