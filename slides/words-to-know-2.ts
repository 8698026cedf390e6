import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'glossary',
  id: 'words-to-know-2',
  title: 'Words to know (continued)',
  sources: [],
  body: [{ type: 'glossary', ids: ['rebastinib', 'residual', 'marker', 'fda', 'clinicalTrial', 'patent'] }],
  notes: {
    say: ['More words from today. Again, these are here to look back at later.'],
    question: 'Why do doctors use such long words?',
    answer: 'Long words help doctors be exact with each other. You can always ask them to say it in plain words.',
  },
});
