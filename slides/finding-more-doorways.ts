import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'finding-more-doorways',
  title: 'Finding 1, in mice: chemo slowed tumors but made more doorways',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'figureLegends2017'],
  body: [
    {
      type: 'list',
      stepwise: true,
      items: [
        'In mice, paclitaxel slowed tumor growth. The chemo worked against the tumor.',
        'But in mice, it also made more doorways in the tumor.',
        'In mice, more of the doorway’s immune cells gathered near blood vessels.',
      ],
    },
    { type: 'callout', tone: 'caveat', text: 'These results come from mice. In people, the study only looked at tumor tissue.' },
  ],
  notes: {
    say: [
      'Here is the first finding. Remember, this is in mice.',
      'In mice, paclitaxel slowed the growth of the tumors. So the chemo did its job against the tumor.',
      'But in mice, chemo also led to more doorways in the tumors. More of the immune cells that help form doorways gathered next to blood vessels in the mice.',
      'We do not show exact mouse numbers here. We could not check them against the full paper.',
    ],
    question: 'Does this mean my chemo is making more doorways?',
    answer:
      'We do not know. This finding is from mice. In people, the study only looked at bits of tumor left after chemo, in about 20 women. It did not show more spread or shorter lives.',
  },
});
