import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'summary',
  id: 'summary',
  title: 'To sum up',
  sources: ['ebctcg2018', 'mdedgePierce', 'karagiannis2017', 'medicalxpress2017', 'chavez2016'],
  body: [
    {
      // The title slide's main message, word for word (npm run check: summary-slide).
      id: 'main-message',
      type: 'callout',
      tone: 'key-point',
      title: 'The main message',
      facts: ['trials-design', 'trials-spread', 'trials-deaths'],
      text: [
        'Large trials compared ',
        { term: 'chemo' },
        ' (cancer medicine) before and after surgery. Cancer spread and deaths from breast cancer were about the same either way.',
      ],
    },
    {
      id: 'key-points',
      type: 'list',
      items: [
        { facts: ['study-mostly-mice'], text: 'The 2017 study was mostly in mice' },
        { facts: ['women-count', 'women-markers-only'], text: 'In about 20 women, it counted signs in tissue' },
        { facts: ['keep-to-plan', 'ask-care-team'], text: 'Keep to your plan; ask your care team' },
      ],
    },
    { id: 'contact', type: 'contact' },
    // "Read this talk as one page": the reading view (read.html), for reading again at home.
    { id: 'reading-view', type: 'reading-view' },
  ],
  notes: {
    say: [
      {
        facts: ['trials-design', 'trials-spread', 'trials-deaths'],
        text: 'To sum up, here is the main message again. Large trials compared chemo before and after surgery. Cancer spread and deaths from breast cancer were about the same either way.',
      },
      {
        facts: ['study-mostly-mice', 'women-count', 'women-markers-only', 'keep-to-plan', 'ask-care-team'],
        text: 'And three key points. Most of the 2017 study was in mice. In about 20 women, it only counted signs in tissue, not spread or survival. Keep to your plan, and take your questions to your care team.',
      },
    ],
    question: 'What is the one thing I should tell my family?',
    answer: {
      facts: ['trials-deaths', 'keep-to-plan', 'delay-finding'],
      text: 'Large trials found about the same survival with chemo before or after surgery. Do not stop or delay treatment because of this study. Waiting 3 months or more to start chemo was linked with lower survival.',
    },
  },
});
