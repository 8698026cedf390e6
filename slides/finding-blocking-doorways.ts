import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'finding-blocking-doorways',
  title: 'In mice: blocking the doorways stopped the extra spread',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'metastat2017'],
  body: [
    { type: 'paragraph', text: 'Next, in mice, the researchers tried to block the doorways.' },
    {
      type: 'list',
      stepwise: true,
      items: [
        ['In mice, an experimental drug, ', { term: 'rebastinib', define: true }, ', blocked the extra spread.'],
        'In mice whose tumors lacked a protein that helps cancer cells move, chemo added no spread.',
      ],
    },
    { type: 'callout', tone: 'caveat', text: 'Rebastinib was not given to the women in this study.' },
  ],
  notes: {
    say: [
      'Third finding, still in mice. The team tried two ways to block the doorways.',
      'First, in mice they used an experimental drug called rebastinib. It blocks a signal the doorway’s immune cells use. In those mice, the extra spread after chemo was blocked.',
      'Second, they used mice whose tumors lacked a protein that helps cancer cells move. In those mice, chemo did not add spread.',
      'This suggests the doorways matter for the extra spread in mice. Rebastinib was not tested in the women in this study.',
    ],
    question: 'Can I get rebastinib with my chemo?',
    answer:
      'No. Rebastinib is experimental and not approved, so it is not a treatment you can ask for. It has only been given in small early trials. We will talk about it in a few minutes.',
  },
});
