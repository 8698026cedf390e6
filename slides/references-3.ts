import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-3',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['oncologynews2017', 'stat2017', 'montefiore2024', 'korde2021', 'patent2018'] }],
  notes: {
    say: ['The last sources: news reports, the rebastinib trial report, the 2021 guideline and the patent.'],
    question: 'How can I tell a good health news story from a bad one?',
    answer: 'Check the date, whether the study was in people or animals, and how many people took part. Be careful with big claims.',
  },
});
