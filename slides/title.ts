import { defineTitleSlide } from './define.ts';

export default defineTitleSlide({
  id: 'title',
  title: 'Chemo before breast cancer surgery: what a 2017 study found',
  subtitle: 'A 2025 headline said chemo can backfire. Here is what the study did and did not show.',
  facts: ['study-published', 'news-2025'],
  sources: ['ebctcg2018', 'mdedgePierce', 'prasad2025', 'karagiannis2017', 'medicalxpress2017'],
  body: [
    {
      // The summary slide repeats this callout word for word (npm run check: summary-slide).
      id: 'main-message',
      type: 'callout',
      tone: 'key-point',
      title: 'The main message',
      facts: ['trials-design', 'trials-spread', 'trials-deaths'],
      text: [
        'Large trials compared ',
        { term: 'chemo', define: true },
        ' (cancer medicine) before and after surgery. Cancer spread and deaths from breast cancer were about the same either way.',
      ],
    },
    { type: 'paragraph', text: 'Please ask questions at any time.' },
  ],
  notes: {
    say: [
      {
        facts: ['study-question'],
        text: 'Welcome, and thank you for coming. Today we look at one study about chemo given before breast cancer surgery. Chemo is short for chemotherapy: cancer medicine.',
      },
      {
        facts: ['news-2025'],
        text: 'In July 2025, a news site said chemo can backfire and make cancer more aggressive. If you saw it and felt scared, that is a normal reaction.',
      },
      { facts: ['study-published'], text: 'The study behind that headline came out in 2017. We will look at what it did, what it found, and what it cannot tell us.' },
      {
        facts: ['trials-design', 'trials-spread', 'trials-deaths'],
        text: 'Here is the main message. Large trials compared the same chemo given before or after surgery. The chance of the cancer spreading, and of dying from breast cancer, was about the same either way.',
      },
    ],
    short: {
      say: [
        { facts: ['study-question', 'news-2025'], text: 'Welcome. Today we look at one study about chemo before breast cancer surgery. In 2025, a news site said chemo can backfire. If you felt scared, that is normal.' },
        {
          facts: ['trials-design', 'trials-spread', 'trials-deaths'],
          text: 'Here is the main message. Large trials compared chemo before and after surgery. The chance of spread, and of dying from breast cancer, was about the same either way.',
        },
      ],
    },
    question: 'Should I be worried about my own chemo?',
    answer: {
      facts: ['women-markers-only', 'trials-deaths', 'ask-care-team'],
      text: 'It is normal to worry. This study did not show whether chemo first changed how long women lived. Large trials that did look found about the same survival either way. Please talk with your care team before you change anything.',
    },
  },
});
