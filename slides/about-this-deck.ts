import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'about',
  id: 'about-this-deck',
  title: 'About this talk',
  sources: ['karagiannis2017', 'figureLegends2017'],
  body: [
    { id: 'not-advice', type: 'paragraph', text: 'This talk is for education. It is not medical advice for you.' },
    { id: 'deck-info', type: 'deck-info' },
    {
      id: 'fact-check',
      type: 'paragraph',
      facts: ['study-full-text'],
      text: 'We checked facts against summaries, not the full paper.',
    },
    { id: 'reading-view', type: 'reading-view' },
  ],
  notes: {
    say: [
      'A few facts about this talk itself. It is for education, not medical advice. Your own care team knows your situation.',
      'Nobody paid for this talk, and its makers have no ties to anyone involved.',
      {
        facts: ['study-full-text'],
        text: 'We checked every fact against published summaries and reports of the study. We did not have the full paper, so where sources disagreed, we left the detail out.',
      },
      'If you find a mistake, please tell us, so we can fix it.',
    ],
    short: {
      say: [
        'This talk is for education, not medical advice. Nobody paid for it.',
        { facts: ['study-full-text'], text: 'We checked every fact against published reports of the study.' },
      ],
    },
    question: 'Who checked this talk?',
    answer: 'The makers checked each fact against its source. A cancer doctor should also review it before wide use. The date of the last check is on this slide.',
  },
});
