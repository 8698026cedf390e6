import { defineTitleSlide } from './define.ts';

export default defineTitleSlide({
  id: 'title',
  title: 'Chemo before breast cancer surgery: what a 2017 study found',
  subtitle: 'A 2025 headline said chemo can backfire. Here is what the study did, and what it did not show.',
  sources: ['ebctcg2018', 'prasad2025'],
  body: [
    {
      type: 'callout',
      tone: 'key-point',
      title: 'The main message',
      text: [
        'Large trials in thousands of women found the same survival with ',
        { term: 'chemo', define: true },
        ' (cancer medicine) before or after surgery.',
      ],
    },
    { type: 'paragraph', text: 'For patients and families. Please ask questions at any time.' },
  ],
  notes: {
    say: [
      'Welcome, and thank you for coming. Today we will look at one study about chemo given before breast cancer surgery. Chemo is short for chemotherapy, which is cancer medicine.',
      'In 2025, a news site said chemo can backfire and make cancer more aggressive. Many people saw it and felt scared. That is a normal reaction.',
      'The study behind that headline came out in 2017. We will go through what it did, what it found, and what it cannot tell us.',
      'Here is the main message. Large trials in thousands of women found the same survival whether chemo came before or after surgery.',
    ],
    question: 'Should I be worried about my own chemo?',
    answer:
      'It is normal to worry. This study did not show that women lived shorter lives after chemo before surgery. Please talk with your care team before you change anything.',
  },
});
