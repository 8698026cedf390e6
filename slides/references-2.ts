import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-2',
  title: 'Sources (continued)',
  sources: [],
  body: [
    {
      type: 'references',
      ids: ['borriello2020', 'esserman2017', 'mdedgePierce', 'stat2017', 'telegraph2017', 'medicalxpress2017', 'oncologynews2017', 'metastat2017', 'patent2018', 'prasad2025'],
    },
  ],
  notes: {
    say: ['More sources: reviews, letters, news reports and a patent. After each one, we say in brackets what kind of page it is.'],
    question: 'Why use news reports at all?',
    answer: 'News reports were sometimes the only place where a detail could be read. We marked those sources as news reports.',
  },
});
