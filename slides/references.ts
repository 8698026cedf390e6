import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references',
  title: 'Sources',
  sources: [],
  body: [{ type: 'references', ids: ['karagiannis2017', 'ebctcg2018', 'rastogi2008', 'nsabpB18', 'chavez2016'] }],
  notes: {
    say: [
      'Every fact in this talk comes from these sources. Each slide shows the numbers of its sources at the bottom.',
      'The main study is number 1. The large trials are numbers 2 to 4. The study about waiting to start chemo is number 5.',
    ],
    short: { say: ['Every fact in this talk comes from these sources. Each slide shows the numbers of its sources at the bottom.'] },
    question: 'Can I read the study myself?',
    answer: 'Yes. The links are in the handout version. A librarian or your care team may be able to help you find and read it.',
  },
});
