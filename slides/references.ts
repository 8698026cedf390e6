import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references',
  title: 'Sources',
  sources: [],
  body: [
    {
      type: 'references',
      ids: ['karagiannis2017', 'figureLegends2017', 'ebctcg2018', 'rastogi2008', 'nsabpB18', 'chavez2016', 'korde2021', 'stgallen2017', 'montefiore2024', 'rohan2014', 'kim2023'],
    },
  ],
  notes: {
    say: [
      'Every fact in this talk comes from these sources. The numbers at the bottom of each slide point to this list. The reading view and the handout give the sources in full, with links.',
    ],
    question: 'Can I read the study myself?',
    answer: 'Yes. The links are in the reading view and the handout. A librarian or your care team may be able to help you find and read it.',
  },
});
