import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'glossary',
  id: 'words-to-know',
  title: 'Words to know',
  sources: [],
  body: [{ type: 'glossary', ids: ['chemo', 'randomizedTrial', 'paclitaxel', 'neoadjuvant', 'metastasis', 'tmem', 'macrophage'] }],
  notes: {
    say: [
      'Here are the words we used today, with their meanings. You do not need to remember them. They are here so you can look them up later.',
    ],
    question: 'Where can I read more?',
    answer: 'Your care team can suggest trusted places to read more. The sources for this talk are on the next slides.',
  },
});
