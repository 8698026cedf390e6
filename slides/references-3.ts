import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-3',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['oncologynews2017', 'stat2017', 'montefiore2024', 'korde2021', 'patent2018'] }],
  notes: {
    say: ['More sources. Some are news reports and press releases. We used them with care, and say so in brackets.'],
    question: 'Why use news reports at all?',
    answer: 'Some facts, like the number of women, were only found in reports about the study. We marked those sources as news reports.',
  },
});
