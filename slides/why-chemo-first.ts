import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'why-chemo-first',
  title: 'Why chemo is sometimes given before surgery',
  evidence: ['randomized-trials', 'guideline'],
  sources: ['ebctcg2018', 'korde2021', 'stgallen2017', 'mdedgePierce'],
  body: [
    { type: 'paragraph', text: ['Chemo before surgery is called ', { term: 'neoadjuvant', define: true }, '.'] },
    {
      type: 'list',
      items: [
        { facts: ['why-keep-breast', 'trials-response'], text: 'It can shrink the tumor before the operation.' },
        { facts: ['why-keep-breast', 'trials-breast'], text: 'Then more women can keep their breast.' },
        { facts: ['why-next-treatment'], text: 'What is left after chemo can help doctors choose the next treatment.' },
        { facts: ['why-preferred'], text: 'For some types of breast cancer, experts prefer it.' },
      ],
    },
  ],
  notes: {
    say: [
      { facts: ['why-keep-breast'], text: 'So why give chemo first at all? When chemo comes before surgery, doctors call it neoadjuvant chemo. It is a long word for a simple idea: chemo first.' },
      {
        facts: ['trials-response', 'trials-breast'],
        text: [
          'In the large trials, the tumor shrank in ',
          { num: 'trials-response.shrank' },
          ' women who had chemo first. And ',
          { num: 'trials-breast.chemoFirst' },
          ' women with chemo first kept their breast, against ',
          { num: 'trials-breast.surgeryFirst' },
          ' with surgery first.',
        ],
      },
      {
        facts: ['why-next-treatment', 'why-preferred'],
        text: 'How much tumor is left after chemo can also help doctors choose the next treatment. And for some types of breast cancer, experts prefer chemo first.',
      },
    ],
    question: 'Is chemo before surgery more dangerous than chemo after?',
    answer: {
      facts: ['trials-spread', 'trials-deaths', 'trials-local', 'ask-care-team'],
      text: 'Large trials found about the same spread and survival either way. With chemo first, cancer came back nearby somewhat more often. Your care team can weigh this with you.',
    },
  },
});
