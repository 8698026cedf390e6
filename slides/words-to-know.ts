import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'glossary',
  id: 'words-to-know',
  title: 'Words to know',
  sources: [],
  body: [{ type: 'glossary', ids: ['chemo', 'neoadjuvant', 'randomizedTrial', 'metastasis', 'tmem', 'paclitaxel', 'residual', 'marker'] }],
  notes: {
    say: ['Here are the main words we used today, with their meanings. You do not need to remember them. The reading view and the handout list every word.'],
    question: 'Where can I read more?',
    answer: 'Your care team can suggest trusted places to read more. The sources for this talk are on the next slides.',
  },
});
