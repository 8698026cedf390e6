import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'actions',
  id: 'what-this-means-for-you',
  title: 'What this means for you',
  sources: ['ebctcg2018', 'telegraph2017', 'chavez2016'],
  evidence: ['randomized-trials', 'expert-opinion'],
  layout: 'split',
  body: [
    {
      id: 'action-list',
      type: 'list',
      style: 'numbered',
      items: [
        'Keep to your treatment plan.',
        'Say if you feel worried.',
        'Ask why chemo first, or surgery first, is right for you.',
        'Bring the trial numbers and your questions.',
      ],
    },
    { id: 'contact', type: 'contact' },
    {
      id: 'action-steps',
      type: 'figure',
      src: 'action-steps.svg',
      alt: 'Four steps on a path. Keep your plan. Say if you are worried. Ask why this order is right for you. Bring your list.',
      caption: 'Your next steps, in order.',
    },
  ],
  notes: {
    say: [
      'Here is what you can do. First, keep to your treatment plan. Large trials found about the same survival with chemo before or after surgery. And the study’s own lead researcher said not to avoid chemo.',
      'Please do not stop or delay treatment on your own. In a large study, waiting 3 months or more to start chemo went with a lower chance of survival.',
      'If you feel worried, say so. It is always fine to tell your care team, or the person giving this talk, that you are worried.',
      'Ask why chemo before or after surgery is right for you. Bring the numbers from the trials chart, and the questions on the next slide. You can also ask if a clinical trial could fit you.',
      'And when you see health news, check the date. This study was from 2017, but the story called it new.',
    ],
    short: {
      say: [
        'Here is what you can do. First, keep to your treatment plan. Please do not stop or delay treatment on your own. In a large study, waiting 3 months or more to start chemo went with a lower chance of survival.',
        'If you feel worried, tell your care team. Ask why chemo first, or surgery first, is right for you. Bring the trial numbers and your questions.',
      ],
    },
    question: 'What if I already skipped a dose because of the news?',
    answer:
      'Please tell your care team soon. They can help you get back on track. You are not in trouble for asking.',
  },
});
