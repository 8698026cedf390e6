import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'mice-more-doorways',
  title: 'In mice: chemo slowed tumors but made more doorways',
  evidence: 'mouse-study',
  sources: ['karagiannis2017', 'figureLegends2017', 'oncologynews2017', 'medicalxpress2017', 'ebctcg2018', 'mdedgePierce'],
  body: [
    {
      type: 'paragraph',
      facts: ['mice-models', 'mice-chemo'],
      text: ['The researchers used mice with breast tumors. Some got ', { term: 'paclitaxel', define: true }, ', a common chemo drug; others got none.'],
    },
    {
      id: 'mouse-findings',
      type: 'list',
      stepwise: true,
      items: [
        { facts: ['mice-slower-growth'], text: 'In mice, paclitaxel slowed tumor growth: the chemo worked.' },
        { facts: ['mice-more-doorways'], text: 'But in these mice, it also led to more doorways.' },
        { facts: ['mice-more-doorways'], text: 'More of the doorway’s immune cells gathered near vessels in these mice.' },
      ],
    },
  ],
  notes: {
    say: [
      { facts: ['study-question', 'study-mostly-mice'], text: 'Now to how chemo might affect spread. Most of this study was done in mice, and what happens in mice may not happen in people.' },
      { facts: ['mice-models'], text: 'The team used three kinds of mice with breast tumors. In one kind, the tumors came from a patient and were grown in mice.' },
      {
        facts: ['mice-chemo', 'mice-watching'],
        text: 'Some of the mice got a common chemo drug called paclitaxel, and others got none. The team watched the tumors inside living mice under a special microscope.',
      },
      {
        facts: ['mice-slower-growth', 'mice-more-doorways'],
        text: 'Here is the first finding. In mice, paclitaxel slowed tumor growth, so the chemo did its job against the tumor. But in these mice, chemo also led to more doorways.',
      },
      { facts: ['mice-more-doorways'], text: 'More of the immune cells that help form doorways gathered next to the blood vessels of these mice.' },
      { facts: ['mice-no-numbers'], text: 'We do not give exact mouse numbers here. We could not check them against the full paper.' },
    ],
    short: {
      say: [
        {
          facts: ['study-mostly-mice', 'mice-chemo', 'mice-slower-growth', 'mice-more-doorways'],
          text: 'Most of this study was done in mice with breast tumors. Some of the mice got paclitaxel, a common chemo drug. In these mice, chemo slowed tumor growth, but it also led to more doorways.',
        },
      ],
    },
    question: 'Does this mean my chemo is making more doorways?',
    answer: {
      facts: ['mice-more-doorways', 'women-markers-only', 'trials-deaths'],
      text: 'This study cannot answer that for you. The extra doorways after chemo were seen in mice. In women, it only measured signs in tissue. Large trials found about the same survival either way.',
    },
  },
});
