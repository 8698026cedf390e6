import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'why-chemo-first',
  title: 'Why chemo is sometimes given before surgery',
  evidence: ['randomized-trials', 'guideline'],
  sources: ['ebctcg2018', 'korde2021', 'stgallen2017'],
  body: [
    {
      type: 'paragraph',
      text: ['Chemo before surgery is called ', { term: 'neoadjuvant', define: true }, '.'],
    },
    {
      type: 'list',
      items: [
        'It can shrink the tumor before the operation.',
        'Then more women can keep their breast.',
        'What is left after chemo can help doctors choose the next treatment.',
        'For some types of breast cancer, experts prefer it.',
      ],
    },
  ],
  notes: {
    say: [
      'So why give chemo first at all? When chemo comes before surgery, doctors call it neoadjuvant chemo. It is a long word for a simple idea: chemo first.',
      'In the large trials we just saw, about 69 in 100 women who had chemo first saw their tumor shrink.',
      'A smaller tumor can mean a smaller operation. In those trials, 65 in 100 women who had chemo first kept their breast. With surgery first, 49 in 100 did.',
      'How much tumor is left after chemo can also help doctors plan what comes next. Experts prefer chemo first for some types of breast cancer.',
    ],
    question: 'Is chemo before surgery more dangerous than chemo after?',
    answer:
      'Large trials found about the same survival either way. With chemo first, cancer came back in the same breast or nearby somewhat more often. Your care team can weigh this with you.',
  },
});
