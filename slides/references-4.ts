import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'sources',
  id: 'references-4',
  title: 'Sources (continued)',
  sources: [],
  body: [{ type: 'references', ids: ['figureLegends2017', 'stgallen2017', 'oncologynews2017', 'stat2017'] }],
  notes: {
    say: ['More sources: the study’s own figures, an expert report on treatment, and news reports from 2017.'],
    question: 'How can I tell a good health news story from a bad one?',
    answer: 'Check the date, whether the study was in people or animals, and how many people took part. Be careful with big claims.',
  },
});
