import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'how-cancer-spreads',
  title: 'How breast cancer spreads through the blood',
  evidence: 'background',
  sources: ['borriello2020', 'karagiannis2017'],
  body: [
    {
      type: 'list',
      style: 'numbered',
      stepwise: true,
      items: [
        'Cancer cells leave the tumor.',
        'To travel in the blood, they must first get into a blood vessel.',
        'The blood can carry them to other organs, such as the lungs.',
      ],
    },
    { type: 'paragraph', text: ['Doctors call cancer that has spread ', { term: 'metastasis', define: true }, '.'] },
    {
      type: 'callout',
      tone: 'key-point',
      text: 'The study was about step 2: how cancer cells get into the blood.',
    },
  ],
  notes: {
    say: [
      'To understand the study, it helps to know how cancer can spread through the blood.',
      'First, cancer cells leave the tumor. To travel in the blood, they must get into a blood vessel. The blood can then carry them to other organs, such as the lungs.',
      'When cancer has spread to other organs, doctors call it metastasis.',
      'This study was about step 2: the moment cancer cells get into the blood.',
    ],
    question: 'If cancer cells get into my blood, does that mean my cancer has spread?',
    answer:
      'Getting into the blood is only one step of spreading. This study did not show more spread in the women it looked at. Your care team can tell you what your own tests show.',
  },
});
