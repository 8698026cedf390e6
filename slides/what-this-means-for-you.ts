import { defineSlide } from './define.ts';

export default defineSlide({
  kind: 'actions',
  id: 'what-this-means-for-you',
  title: 'What this means for you',
  sources: ['ebctcg2018', 'telegraph2017'],
  evidence: ['randomized-trials', 'expert-opinion'],
  body: [
    {
      type: 'list',
      style: 'numbered',
      items: [
        'Keep to your treatment plan.',
        'If you feel worried, tell your care team.',
        'Ask why chemo before or after surgery is right for you.',
        'Ask if a clinical trial could fit you.',
        'Check the date on health news stories.',
      ],
    },
    { type: 'callout', tone: 'key-point', text: 'Do not stop or delay treatment on your own.' },
  ],
  notes: {
    say: [
      'Here is what you can do. First, keep to your treatment plan. Large trials found the same survival with chemo before or after surgery. And the study’s own lead researcher said not to avoid chemo.',
      'If you feel worried, say so. It is always fine to tell your care team you are worried.',
      'Ask why chemo before or after surgery is right for you. Ask if a clinical trial could fit you.',
      'And when you see health news, check the date. This study was from 2017, but the story called it new.',
    ],
    question: 'What if I already skipped a dose because of the news?',
    answer:
      'Please tell your care team soon. They can help you get back on track. You are not in trouble for asking.',
  },
});
