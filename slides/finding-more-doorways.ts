import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'finding-more-doorways',
  title: 'In mice: chemo slowed tumors but made more doorways',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'figureLegends2017'],
  body: [
    {
      type: 'list',
      stepwise: true,
      items: [
        'In mice, paclitaxel slowed tumor growth, so the chemo worked against the tumor.',
        'But in mice, it also made more doorways in the tumor.',
        'In mice, more of the doorway’s immune cells gathered near blood vessels.',
      ],
    },
    { type: 'callout', tone: 'caveat', text: 'These results come from mice. In people, the study only looked at tumor tissue.' },
  ],
  notes: {
    say: [
      'Here is the first finding. Remember, this is in mice.',
      'In mice, paclitaxel slowed the growth of the tumors. So in the mice, the chemo did its job against the tumor.',
      'But in mice, chemo also led to more doorways in the tumors. More of the immune cells that help form doorways gathered next to blood vessels in the mice.',
      'We do not show exact mouse numbers here. We could not check them against the full paper.',
    ],
    question: 'Does this mean my chemo is making more doorways?',
    answer:
      'This study cannot answer that for you. The extra doorways after chemo were seen in mice. In about 20 women, the tumor left after chemo also tended to have more doorways. But the study did not show whether that changed how those women did. Large trials in women found about the same survival either way.',
  },
});
