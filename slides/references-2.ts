import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-2',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['esserman2017', 'rohan2014', 'borriello2020', 'metastat2017', 'figureLegends2017', 'stgallen2017'] }],
  notes: {
    say: ['More sources. Some are news reports and press releases. We used them with care, and say so in brackets.'],
    question: 'Why use news reports at all?',
    answer: 'Some facts, like the number of women, were only found in reports about the study. We marked those sources as news reports.',
  },
});
