import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'content',
  id: 'how-cancer-spreads',
  title: 'How breast cancer spreads through the blood',
  evidence: 'background',
  sources: ['borriello2020', 'karagiannis2017'],
  layout: 'split',
  body: [
    {
      id: 'spread-steps',
      type: 'list',
      style: 'numbered',
      stepwise: true,
      items: [
        'Cancer cells leave the tumor.',
        'They get into a blood vessel.',
        'The blood carries them to another organ, such as the lungs.',
      ],
    },
    { type: 'paragraph', text: ['Doctors call cancer that has spread ', { term: 'metastasis', define: true }, '.'] },
    {
      id: 'spread-figure',
      type: 'figure',
      src: 'spread-steps.svg',
      alt: 'Cancer spreads in three steps. Cells leave the tumor, get into the blood, and travel to another organ, like the lungs. The study looked at step 2.',
      caption: 'The study was about step 2: how cancer cells get into the blood.',
    },
  ],
  notes: {
    say: [
      'Now to the part the study was about: how might chemo affect spread? It helps to know how cancer can spread through the blood.',
      'First, cancer cells leave the tumor. To travel in the blood, they must get into a blood vessel. The blood can then carry them to another organ, such as the lungs.',
      'When cancer has spread to other organs, doctors call it metastasis.',
      'This study was about step 2: the moment cancer cells get into the blood.',
    ],
    question: 'If cancer cells get into my blood, does that mean my cancer has spread?',
    answer:
      'Getting into the blood is only one step of spreading. This study did not show whether the women it looked at had more spread. Your care team can tell you what your own tests show.',
  },
});
